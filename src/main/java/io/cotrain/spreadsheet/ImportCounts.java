package io.cotrain.spreadsheet;

/** The plain {@link ImportOutcome}: rows that created a record, changed one, or found it as it was. */
public record ImportCounts(int created, int updated, int unchanged) implements ImportOutcome {
}
