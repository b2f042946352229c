package io.cotrain.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.dhatim.fastexcel.Workbook;

/** Small real files of every kind (and some impostors), built in memory. */
public final class SampleFiles {

	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
			</Relationships>""";

	private SampleFiles() {
	}

	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	public static byte[] gif() {
		return image("gif");
	}

	/** A lossless WebP of one pixel: RIFF header, {@code WEBP}, one {@code VP8L} chunk. */
	public static byte[] webp() {
		byte[] vp8l = { 0x2f, 0, 0, 0, 0, 0x07, 0x10, 0x11, 0x11, 0x08, 0x00 };
		ByteBuffer buffer = ByteBuffer.allocate(12 + 8 + vp8l.length + 1).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(buffer.capacity() - 8).put("WEBP".getBytes(StandardCharsets.US_ASCII))
			.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(vp8l.length).put(vp8l);
		return buffer.array();
	}

	public static byte[] docx() {
		return office("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
				"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>订单流程手册</w:t></w:r></w:p></w:body></w:document>");
	}

	/** A Word document with macros ({@code .docm}): not an accepted kind, whatever its name. */
	public static byte[] docm() {
		return office("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
				"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
	}

	public static byte[] pptx() {
		return office("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
				"<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
	}

	/** A real workbook written by fastexcel. */
	public static byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "CoTrainTest", "1.0");
			var sheet = workbook.newWorksheet("流程");
			sheet.value(0, 0, "工号");
			sheet.value(1, 0, "E1");
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] txt() {
		return "订单流程手册\n第一步：录入订单。\n".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] csv() {
		return "\uFEFF工号,姓名\r\nE1,王芳\r\n".getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Windows program: {@code MZ}, a DOS header with NULs, the PE signature. */
	public static byte[] exe() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	private static byte[] office(String mainPart, String mainType, String mainXml) {
		String types = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/%s" ContentType="%s"/>
				</Types>""".formatted(mainPart, mainType);
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", types);
		entries.put("_rels/.rels", RELS.formatted(mainPart));
		entries.put(mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + mainXml);
		return zip(entries);
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xff0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no image writer for " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
