package io.cotrain.files.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client file names become safe display names. */
class FileNamesTest {

	@Test
	void keepsAnOrdinaryChineseName() {
		assertThat(FileNames.displayName("订单流程手册（文员）v2.pdf")).contains("订单流程手册（文员）v2.pdf");
		assertThat(FileNames.displayName("协同　沟通 话术.docx")).as("ideographic space is a space").contains("协同 沟通 话术.docx");
	}

	@Test
	void dropsThePath() {
		assertThat(FileNames.displayName("C:\\Users\\wang\\桌面\\报告.pdf")).contains("报告.pdf");
		assertThat(FileNames.displayName("../../etc/passwd.txt")).contains("passwd.txt");
		assertThat(FileNames.displayName("dir/")).isEmpty();
	}

	@Test
	void dropsControlAndDirectionCharacters() {
		assertThat(FileNames.displayName("report\u0000\u0007.pdf")).contains("report.pdf");
		assertThat(FileNames.displayName("line\r\nbreak.txt")).contains("line break.txt");
		// "invoice" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" shows as "invoiceexe.pdf"
		assertThat(FileNames.displayName("invoice\u202efdp.exe")).contains("invoicefdp.exe");
		assertThat(FileNames.displayName("zero\u200bwidth.png")).contains("zerowidth.png");
	}

	@Test
	void replacesWhatWindowsForbidsAndTrimsTrailingDots() {
		assertThat(FileNames.displayName("a<b>:\"c\"|?*.txt")).contains("a_b___c____.txt");
		assertThat(FileNames.displayName("  notes.txt . ")).contains("notes.txt");
	}

	@Test
	void nothingLeftIsNoName() {
		assertThat(FileNames.displayName(null)).isEmpty();
		assertThat(FileNames.displayName("   ")).isEmpty();
		assertThat(FileNames.displayName("..")).isEmpty();
		assertThat(FileNames.displayName("\u202e\u0000")).isEmpty();
	}

	@Test
	void shortensLongNamesKeepingTheExtension() {
		String name = "流".repeat(300) + ".xlsx";
		String safe = FileNames.displayName(name).orElseThrow();
		assertThat(safe.codePointCount(0, safe.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(safe).endsWith("流.xlsx");
		String emoji = "\uD83D\uDCC4".repeat(300) + ".pdf";
		String shortened = FileNames.displayName(emoji).orElseThrow();
		assertThat(shortened).endsWith("\uD83D\uDCC4.pdf");
		assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(FileNames.MAX_LENGTH);
	}

	@Test
	void extensionIsLowerCaseWithoutTheDot() {
		assertThat(FileNames.extension("Report.PDF")).isEqualTo("pdf");
		assertThat(FileNames.extension("archive.tar.gz")).isEqualTo("gz");
		assertThat(FileNames.extension("README")).isEmpty();
	}
}
