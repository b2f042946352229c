package io.cotrain.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written by hand, part by part, the way Excel writes one: shared strings, formulas with their
 * cached values, error cells, built-in and Chinese date formats, the 1904 date system, hidden sheets. Cells
 * are given as their XML, so a test shows exactly what the file holds.
 */
final class RawXlsx {

	/** Cell styles (the {@code s} attribute): 0 General, 1 date (id 14), 2 percent (id 9), 3 Chinese date (id 31), 4 custom date, 5 custom percent. */
	static final int GENERAL = 0;
	static final int DATE = 1;
	static final int PERCENT = 2;
	static final int CHINESE_DATE = 3;
	static final int CUSTOM_DATE = 4;
	static final int CUSTOM_PERCENT = 5;

	private record Sheet(String name, boolean hidden, List<String> rows) {
	}

	private final List<Sheet> sheets = new ArrayList<>();
	private final List<String> sharedStrings = new ArrayList<>();
	private boolean date1904;

	RawXlsx date1904() {
		date1904 = true;
		return this;
	}

	RawXlsx sheet(String name, String... rows) {
		sheets.add(new Sheet(name, false, List.of(rows)));
		return this;
	}

	RawXlsx hiddenSheet(String name, String... rows) {
		sheets.add(new Sheet(name, true, List.of(rows)));
		return this;
	}

	/** A row element from cell elements; the row number is taken from the first cell's reference. */
	static String row(int number, String... cells) {
		return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
	}

	static String inline(String ref, String text) {
		return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
	}

	/** A shared-string cell (index into the shared strings added with {@link #shared}). */
	String shared(String ref, String text) {
		int index = sharedStrings.indexOf(text);
		if (index < 0) {
			sharedStrings.add(text);
			index = sharedStrings.size() - 1;
		}
		return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
	}

	static String number(String ref, String value, int style) {
		return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
	}

	static String bool(String ref, boolean value) {
		return "<c r=\"" + ref + "\" t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>";
	}

	static String error(String ref, String code) {
		return "<c r=\"" + ref + "\" t=\"e\"><v>" + escape(code) + "</v></c>";
	}

	/** A formula with a cached number (as Excel saves it after calculating). */
	static String formulaNumber(String ref, String formula, String cached, int style) {
		return "<c r=\"" + ref + "\" s=\"" + style + "\"><f>" + escape(formula) + "</f><v>" + cached + "</v></c>";
	}

	static String formulaString(String ref, String formula, String cached) {
		return "<c r=\"" + ref + "\" t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(cached) + "</v></c>";
	}

	static String formulaBool(String ref, String formula, boolean cached) {
		return "<c r=\"" + ref + "\" t=\"b\"><f>" + escape(formula) + "</f><v>" + (cached ? 1 : 0) + "</v></c>";
	}

	static String formulaError(String ref, String formula, String code) {
		return "<c r=\"" + ref + "\" t=\"e\"><f>" + escape(formula) + "</f><v>" + escape(code) + "</v></c>";
	}

	/** A formula no program has calculated: no cached value at all. */
	static String formulaWithoutValue(String ref, String formula) {
		return "<c r=\"" + ref + "\"><f>" + escape(formula) + "</f></c>";
	}

	byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", contentTypes());
			put(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			put(zip, "xl/workbook.xml", workbook());
			put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
			put(zip, "xl/styles.xml", STYLES);
			put(zip, "xl/sharedStrings.xml", sharedStringsXml());
			for (int i = 0; i < sheets.size(); i++) {
				put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", """
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
						+ String.join("", sheets.get(i).rows()) + "</sheetData></worksheet>");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private String contentTypes() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
				<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
				<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
				""");
		for (int i = 1; i <= sheets.size(); i++) {
			xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
				.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		}
		return xml.append("</Types>").toString();
	}

	private String workbook() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
				""");
		xml.append(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>").append("<sheets>");
		for (int i = 0; i < sheets.size(); i++) {
			Sheet sheet = sheets.get(i);
			xml.append("<sheet name=\"").append(escape(sheet.name())).append("\" sheetId=\"").append(i + 1).append('"')
				.append(sheet.hidden() ? " state=\"hidden\"" : "").append(" r:id=\"rId").append(i + 1).append("\"/>");
		}
		return xml.append("</sheets></workbook>").toString();
	}

	private String workbookRels() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				""");
		for (int i = 1; i <= sheets.size(); i++) {
			xml.append("<Relationship Id=\"rId").append(i)
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
				.append(i).append(".xml\"/>");
		}
		int n = sheets.size();
		xml.append("<Relationship Id=\"rId").append(n + 1)
			.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
		xml.append("<Relationship Id=\"rId").append(n + 2)
			.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
		return xml.append("</Relationships>").toString();
	}

	private String sharedStringsXml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + sharedStrings.size()
				+ "\" uniqueCount=\"" + sharedStrings.size() + "\">");
		sharedStrings.forEach(s -> xml.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
		return xml.append("</sst>").toString();
	}

	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
			<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
			<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
			<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
			<borders count="1"><border/></borders>
			<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
			<cellXfs count="6">
			<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
			<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
			<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
			<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
			<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
			<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
			</cellXfs>
			</styleSheet>""";

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
