package io.cotrain.spreadsheet;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of spreadsheet imports ({@code cotrain.spreadsheet.*}).
 *
 * @param maxFileSize the largest file read (10 MB); a larger one is refused as a whole
 * @param maxRows the most non-blank data rows (20,000); a file with more is refused as a whole
 * @param previewTtl how long a stored preview can be applied (1 hour)
 */
@ConfigurationProperties("cotrain.spreadsheet")
public record SpreadsheetProperties(DataSize maxFileSize, Integer maxRows, Duration previewTtl) {

	public SpreadsheetProperties {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxRows = maxRows == null ? 20_000 : maxRows;
		previewTtl = previewTtl == null ? Duration.ofHours(1) : previewTtl;
		if (maxRows < 1 || maxFileSize.toBytes() < 1 || previewTtl.isNegative() || previewTtl.isZero()) {
			throw new IllegalArgumentException("spreadsheet limits must be positive");
		}
	}

	public static SpreadsheetProperties defaults() {
		return new SpreadsheetProperties(null, null, null);
	}

	/** The most bytes the parts of an xlsx file may unpack to: 25 times the file limit (a guard against zip bombs). */
	public long maxUnpackedBytes() {
		return maxFileSize.toBytes() * 25;
	}
}
