package io.cotrain.spreadsheet;

/** What an applied import did, row by row: the result page shows these counts. */
public interface ImportOutcome {

	int created();

	int updated();

	int unchanged();
}
