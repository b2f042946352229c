package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.EMPLOYEES;
import static io.cotrain.spreadsheet.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Files beyond the limits are refused as a whole, with a message that says which limit. */
class LimitsTest {

	private static String csvWithRows(int rows) {
		return "工号,姓名\n" + IntStream.rangeClosed(1, rows).mapToObj(i -> "E" + i + ",name" + i + "\n").collect(Collectors.joining());
	}

	private static ImportPreview read(Spreadsheets spreadsheets, String text) {
		return spreadsheets.preview(EMPLOYEES, SpreadsheetFile.of("e.csv", text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aFileWithMoreRowsThanAllowedIsRefusedAndNothingIsKept() {
		Spreadsheets five = Fixtures.spreadsheets(DataSize.ofMegabytes(10), 5);
		assertThat(read(five, csvWithRows(5)).rows()).hasSize(5);
		ImportPreview six = read(five, csvWithRows(6));
		assertThat(codes(six)).containsExactly("0::spreadsheet.file.tooManyRows");
		assertThat(six.fileErrors().get(0).args()).containsExactly("5");
		assertThat(six.rows()).isEmpty();
	}

	@Test
	void blankRowsDoNotCountTowardsTheRowLimit() {
		Spreadsheets five = Fixtures.spreadsheets(DataSize.ofMegabytes(10), 5);
		assertThat(read(five, csvWithRows(5) + "\n,\n , \n\n").errors()).isEmpty();
	}

	@Test
	void aFileLargerThanAllowedIsRefusedWhateverItClaims() {
		Spreadsheets small = Fixtures.spreadsheets(DataSize.ofKilobytes(1), 20_000);
		ImportPreview big = read(small, csvWithRows(100));
		assertThat(codes(big)).containsExactly("0::spreadsheet.file.tooLarge");
		assertThat(big.fileErrors().get(0).args()).containsExactly("1 KB");
		byte[] bytes = csvWithRows(100).getBytes(StandardCharsets.UTF_8);
		SpreadsheetFile lying = new SpreadsheetFile("e.csv", 10, () -> new ByteArrayInputStream(bytes));
		assertThat(codes(small.preview(EMPLOYEES, lying))).containsExactly("0::spreadsheet.file.tooLarge");
	}

	@Test
	void theDefaultsAreTenMegabytesAndTwentyThousandRows() {
		SpreadsheetProperties defaults = SpreadsheetProperties.defaults();
		assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(10));
		assertThat(defaults.maxRows()).isEqualTo(20_000);
		assertThat(defaults.previewTtl()).hasHours(1);
		ImportPreview tooLarge = Fixtures.spreadsheets().preview(EMPLOYEES,
				new SpreadsheetFile("big.xlsx", DataSize.ofMegabytes(11).toBytes(), () -> new ByteArrayInputStream(new byte[0])));
		assertThat(tooLarge.fileErrors()).singleElement().satisfies(e -> assertThat(e.args()).containsExactly("10 MB"));
	}

	@Test
	void aWorkbookThatUnpacksToFarMoreThanItsSizeIsRefused() {
		Spreadsheets small = Fixtures.spreadsheets(DataSize.ofKilobytes(40), 20_000);
		byte[] bomb = new RawXlsx().sheet("S", RawXlsx.row(1, RawXlsx.inline("A1", "工号"), RawXlsx.inline("B1", "姓名")),
				RawXlsx.row(2, RawXlsx.inline("A2", "E1"), RawXlsx.inline("B2", "x".repeat(2_000_000)))).bytes();
		assertThat(bomb.length).as("compressed well below the file limit").isLessThan(40 * 1024);
		ImportPreview preview = small.preview(EMPLOYEES, SpreadsheetFile.of("bomb.xlsx", bomb));
		assertThat(codes(preview)).containsExactly("0::spreadsheet.file.tooLargeUnpacked");
	}

	@Test
	void unreadableAndUnsupportedFilesSayWhy() {
		Spreadsheets spreadsheets = Fixtures.spreadsheets();
		assertThat(codes(spreadsheets.preview(EMPLOYEES, SpreadsheetFile.of("e.csv", new byte[0]))))
			.containsExactly("0::spreadsheet.file.empty");
		assertThat(codes(spreadsheets.preview(EMPLOYEES, SpreadsheetFile.of("e.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))))
			.containsExactly("0::spreadsheet.file.unsupported");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertThat(codes(spreadsheets.preview(EMPLOYEES, SpreadsheetFile.of("old.xls", ole2))))
			.containsExactly("0::spreadsheet.file.oldExcel");
		byte[] broken = "PK\u0003\u0004 this is not a zip archive".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(codes(spreadsheets.preview(EMPLOYEES, SpreadsheetFile.of("broken.xlsx", broken))))
			.containsExactly("0::spreadsheet.file.unreadable");
		byte[] workbook = Fixtures.xlsx(Fixtures.row("工号", "姓名"));
		ImportPreview noSuchSheet = spreadsheets.preview(EMPLOYEES, SpreadsheetFile.of("w.xlsx", workbook), "员工");
		assertThat(codes(noSuchSheet)).containsExactly("0::spreadsheet.file.sheetNotFound");
		assertThat(noSuchSheet.fileErrors().get(0).args()).containsExactly("员工");
	}
}
