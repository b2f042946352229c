package io.cotrain.files.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.cotrain.files.FileKind;
import io.cotrain.files.SampleFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kind of a file is told by its content, across any chunking of it. */
class ContentSnifferTest {

	static Stream<Arguments> everyKind() {
		Map<FileKind, Supplier<byte[]>> samples = Map.of(FileKind.PDF, SampleFiles::pdf, FileKind.DOCX, SampleFiles::docx,
				FileKind.XLSX, SampleFiles::xlsx, FileKind.PPTX, SampleFiles::pptx, FileKind.TXT, SampleFiles::txt, FileKind.CSV,
				SampleFiles::csv, FileKind.PNG, SampleFiles::png, FileKind.JPEG, SampleFiles::jpeg, FileKind.GIF, SampleFiles::gif,
				FileKind.WEBP, SampleFiles::webp);
		assertThat(samples).containsOnlyKeys(FileKind.values());
		// 1 MB chunks (one chunk), and tiny chunks so headers, zip records and UTF-8 characters span chunk borders
		return samples.entrySet().stream()
			.flatMap(e -> Stream.of(1024 * 1024, 7).map(chunk -> Arguments.of(e.getKey(), e.getValue().get(), chunk)));
	}

	static Optional<FileKind> sniff(byte[] bytes, FileKind claimed, int chunkSize) {
		try {
			return ContentSniffer.kindOf(UploadBuffer.read(new ByteArrayInputStream(bytes), bytes.length, chunkSize), claimed);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	@ParameterizedTest(name = "{0} in chunks of {2}")
	@MethodSource("everyKind")
	void everyKindIsToldByItsContent(FileKind kind, byte[] content, int chunkSize) {
		assertThat(sniff(content, kind, chunkSize)).contains(kind);
		FileKind otherClaim = kind == FileKind.PDF ? FileKind.PNG : FileKind.PDF;
		Optional<FileKind> whateverTheName = sniff(content, otherClaim, chunkSize);
		assertThat(whateverTheName).as("the name does not change what the content is")
			.contains(kind == FileKind.CSV ? FileKind.TXT : kind);
	}

	@Test
	void textIsCsvOrTxtAsTheNameSays() {
		assertThat(sniff(SampleFiles.csv(), FileKind.CSV, 1024)).contains(FileKind.CSV);
		assertThat(sniff(SampleFiles.csv(), FileKind.TXT, 1024)).contains(FileKind.TXT);
		assertThat(sniff(SampleFiles.txt(), FileKind.CSV, 1024)).contains(FileKind.CSV);
	}

	@Test
	void programsArchivesAndMacroDocumentsAreNoAcceptedKind() {
		assertThat(sniff(SampleFiles.exe(), FileKind.PDF, 1024)).isEmpty();
		assertThat(sniff(SampleFiles.docm(), FileKind.DOCX, 1024)).isEmpty();
		assertThat(sniff(SampleFiles.zip(Map.of("readme.txt", "hello")), FileKind.DOCX, 1024)).as("a plain zip").isEmpty();
		byte[] withMacros = SampleFiles.zip(Map.of("[Content_Types].xml", new String(contentTypesOf(SampleFiles.docx()),
				StandardCharsets.UTF_8), "word/document.xml", "<w:document/>", "word/vbaProject.bin", "macro"));
		assertThat(sniff(withMacros, FileKind.DOCX, 1024)).as("a docx carrying a VBA project").isEmpty();
		byte[] declaredButMissing = SampleFiles.zip(Map.of("[Content_Types].xml", new String(contentTypesOf(SampleFiles.docx()),
				StandardCharsets.UTF_8)));
		assertThat(sniff(declaredButMissing, FileKind.DOCX, 1024)).as("main part declared, not there").isEmpty();
		byte[] truncated = java.util.Arrays.copyOf(SampleFiles.docx(), SampleFiles.docx().length - 30);
		assertThat(sniff(truncated, FileKind.DOCX, 1024)).as("a damaged archive").isEmpty();
	}

	@Test
	void textMustBeUtf8WithoutNul() {
		byte[] gbk = "订单流程手册".getBytes(Charset.forName("GBK"));
		assertThat(sniff(gbk, FileKind.TXT, 1024)).isEmpty();
		assertThat(sniff("a\0b".getBytes(StandardCharsets.US_ASCII), FileKind.TXT, 1024)).isEmpty();
		byte[] cutInTheMiddleOfACharacter = java.util.Arrays.copyOf("流程".getBytes(StandardCharsets.UTF_8), 4);
		assertThat(sniff(cutInTheMiddleOfACharacter, FileKind.TXT, 1024)).isEmpty();
		assertThat(sniff("tab\tand\r\nlines".getBytes(StandardCharsets.US_ASCII), FileKind.TXT, 3)).contains(FileKind.TXT);
	}

	private static byte[] contentTypesOf(byte[] docx) {
		try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("[Content_Types].xml")) {
					return zip.readAllBytes();
				}
			}
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		throw new AssertionError("no content types");
	}
}
