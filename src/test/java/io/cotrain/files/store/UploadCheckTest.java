package io.cotrain.files.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;

import io.cotrain.files.FileKind;
import io.cotrain.files.SampleFiles;
import io.cotrain.files.Upload;
import io.cotrain.shared.RuleViolationException;

import org.junit.jupiter.api.Test;

/** The rules an upload must pass, with the message key and arguments each refusal gives. */
class UploadCheckTest {

	private static final Set<FileKind> ALL = EnumSet.allOf(FileKind.class);

	private static RuleViolationException.Violation refusal(String name, byte[] content, Set<FileKind> allowed, int maxMb) {
		RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
				() -> UploadCheck.check(Upload.of(name, content), allowed, maxMb, 1024));
		assertThat(e).as("refused").isNotNull();
		assertThat(e.violations()).hasSize(1);
		assertThat(e.violations().get(0).field()).isEqualTo("file");
		return e.violations().get(0);
	}

	@Test
	void acceptsAKindWhoseContentAgreesWithItsName() {
		UploadCheck.Checked checked = UploadCheck.check(Upload.of("照片.JPG", SampleFiles.jpeg()), ALL, 1, 1024);
		assertThat(checked.kind()).isEqualTo(FileKind.JPEG);
		assertThat(checked.name()).isEqualTo("照片.JPG");
	}

	@Test
	void refusesAnExtensionThatIsNotAllowed() {
		var v = refusal("setup.exe", SampleFiles.exe(), ALL, 1);
		assertThat(v.code()).isEqualTo("files.typeNotAllowed");
		assertThat((String) v.args()[0]).startsWith(".pdf, .docx, .xlsx").contains(".jpg, .jpeg");
		assertThat(refusal("photo.png", SampleFiles.png(), FileKind.of(FileKind.Category.DOCUMENT), 1).code())
			.isEqualTo("files.typeNotAllowed");
		assertThat(refusal("README", SampleFiles.txt(), ALL, 1).code()).as("no extension").isEqualTo("files.typeNotAllowed");
		assertThat(refusal("a.pdf", SampleFiles.pdf(), Set.of(), 1).code()).isEqualTo("files.noTypeAllowed");
	}

	@Test
	void refusesContentThatIsNotWhatTheNameSays() {
		var v = refusal("手册.docx", SampleFiles.pdf(), ALL, 1);
		assertThat(v.code()).isEqualTo("files.contentMismatch");
		assertThat(v.args()).containsExactly("docx", "pdf");
		assertThat(refusal("photo.png", SampleFiles.jpeg(), ALL, 1).args()).containsExactly("png", "jpg");
		assertThat(refusal("data.pdf", SampleFiles.csv(), ALL, 1).args()).containsExactly("pdf", "txt");
	}

	@Test
	void refusesARenamedProgramAndMacroDocuments() {
		var v = refusal("报告.pdf", SampleFiles.exe(), ALL, 1);
		assertThat(v.code()).isEqualTo("files.contentUnknown");
		assertThat(v.args()).containsExactly("pdf");
		assertThat(refusal("合同.docx", SampleFiles.docm(), ALL, 1).code()).isEqualTo("files.contentUnknown");
		assertThat(refusal("notes.txt", SampleFiles.exe(), ALL, 1).code()).isEqualTo("files.textNotUtf8");
	}

	@Test
	void refusesEmptyAndTooLargeFiles() {
		assertThat(refusal("empty.pdf", new byte[0], ALL, 1).code()).isEqualTo("files.empty");
		byte[] big = new byte[1024 * 1024 + 1];
		System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);
		var v = refusal("big.pdf", big, ALL, 1);
		assertThat(v.code()).isEqualTo("files.tooLarge");
		assertThat(v.args()).containsExactly(1);
		byte[] exactly = java.util.Arrays.copyOf(big, 1024 * 1024);
		assertThat(UploadCheck.check(Upload.of("exact.pdf", exactly), ALL, 1, 1024).content().size()).isEqualTo(1024 * 1024);
	}

	@Test
	void refusesANameThatIsNothingOnceMadeSafe() {
		assertThat(refusal("\u0000\u202e", SampleFiles.pdf(), ALL, 1).code()).isEqualTo("files.nameInvalid");
		assertThat(refusal(null, SampleFiles.pdf(), ALL, 1).code()).isEqualTo("files.nameInvalid");
	}
}
