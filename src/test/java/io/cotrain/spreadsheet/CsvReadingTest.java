package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.codes;
import static io.cotrain.spreadsheet.Fixtures.read;
import static io.cotrain.spreadsheet.Fixtures.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** RFC 4180 with the encodings Chinese Excel writes. */
class CsvReadingTest {

	@Test
	void quotedFieldsHoldSeparatorsQuotesAndLineBreaksAndRowsAreCountedPerRecord() {
		ImportPreview preview = readCsv("工号,姓名\r\n"
				+ "\"E1\",\"王, 芳\"\r\n"
				+ "E2,\"他说\"\"你好\"\"\"\r\n"
				+ "E3,\"第一行\r\n第二行\n第三行\"\r\n"
				+ "E4,李雷\r\n");
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).extracting(SheetRow::number).containsExactly(2, 3, 4, 5);
		assertThat(preview.rows()).extracting(r -> r.text("name"))
			.containsExactly("王, 芳", "他说\"你好\"", "第一行\r\n第二行\n第三行", "李雷");
	}

	@Test
	void lenientLikeExcelWhereTheRfcIsStrict() {
		ImportPreview preview = readCsv("工号,姓名\nE1,a\"b\nE2,\"ab\"c\nE3,\"\"\n");
		assertThat(preview.rows()).extracting(r -> r.text("name")).containsExactly("a\"b", "abc", null);
		assertThat(codes(preview)).containsExactly("4:name:spreadsheet.error.required");
	}

	@Test
	void lineEndsMayBeCrLfLfOrCrAndTheLastMayBeMissing() {
		assertThat(readCsv("工号,姓名\rE1,a\rE2,b").rows()).extracting(r -> r.text("name")).containsExactly("a", "b");
		assertThat(readCsv("工号,姓名\nE1,a\r\nE2,b\n\n").rows()).extracting(SheetRow::number).containsExactly(2, 3);
	}

	@Test
	void aQuoteThatIsNeverClosedIsAFileErrorNamingItsRow() {
		ImportPreview preview = readCsv("工号,姓名\nE1,a\nE2,\"b\nE3,c\n");
		assertThat(codes(preview)).containsExactly("0::spreadsheet.file.unclosedQuote");
		assertThat(preview.fileErrors().get(0).args()).containsExactly("3");
	}

	@Test
	void utf8WithAndWithoutByteOrderMark() {
		byte[] plain = "工号,姓名\nE1,王芳\n".getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[plain.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(plain, 0, bom, 3, plain.length);
		for (byte[] bytes : new byte[][] { plain, bom }) {
			ImportPreview preview = read(bytes, "e.csv");
			assertThat(preview.errors()).isEmpty();
			assertThat(preview.headers()).containsKey("employeeNo");
			assertThat(preview.rows().get(0).text("name")).isEqualTo("王芳");
		}
	}

	@Test
	void gbkFromChineseExcelIsDetected() {
		String text = "工号,姓名,状态\r\nE1,欧阳修,在职\r\nE2,諸葛亮,离职\r\n";
		for (Charset charset : new Charset[] { Charset.forName("GBK"), Charset.forName("GB18030") }) {
			byte[] bytes = text.getBytes(charset);
			ImportPreview preview = read(bytes, "e.csv");
			assertThat(preview.errors()).as(charset.name()).isEmpty();
			assertThat(preview.rows()).extracting(r -> r.text("name")).containsExactly("欧阳修", "諸葛亮");
			assertThat(preview.rows()).extracting(r -> r.choice("status")).containsExactly("ACTIVE", "LEFT");
		}
	}

	@Test
	void utf16WithByteOrderMarkAndTabsAsExcelsUnicodeText() {
		byte[] body = "工号\t姓名\r\nE1\t王芳\r\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		ImportPreview preview = read(bytes, "e.txt");
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows().get(0).text("name")).isEqualTo("王芳");
	}
}
