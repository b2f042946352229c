package io.cotrain.spreadsheet;

/** A file as read and checked by its owning module, stored under {@code token} until it is applied or expires. */
public record CheckedPreview(ImportPreview preview, PreviewToken token) {
}
