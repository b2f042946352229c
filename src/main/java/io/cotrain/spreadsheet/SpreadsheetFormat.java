package io.cotrain.spreadsheet;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;

/** The file formats read and written: Office Open XML workbooks and comma-separated values. */
public enum SpreadsheetFormat {

	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
	CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

	private final String extension;
	private final MediaType mediaType;

	SpreadsheetFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** {@code attachment; filename*=UTF-8''员工.xlsx}: a download with a (Chinese) file name every browser keeps. */
	public ContentDisposition attachment(String baseName) {
		return ContentDisposition.attachment().filename(baseName + "." + extension, StandardCharsets.UTF_8).build();
	}
}
