package io.cotrain.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a browser gets from a controller answering with {@link FileResponses}. */
class FileResponsesTest {

	private static final byte[] PDF = SampleFiles.pdf();
	private static final byte[] CSV = SampleFiles.csv();

	@RestController
	static class Files {
		@GetMapping("/pdf/{how}")
		ResponseEntity<Resource> pdf(@PathVariable String how) {
			FileContent content = content("订单流程 手册.pdf", FileKind.PDF, PDF);
			return how.equals("inline") ? FileResponses.inline(content) : FileResponses.attachment(content);
		}

		@GetMapping("/csv")
		ResponseEntity<Resource> csv() {
			return FileResponses.inline(content("名单.csv", FileKind.CSV, CSV));
		}

		private static FileContent content(String name, FileKind kind, byte[] bytes) {
			StoredFile file = new StoredFile(new FileId(UUID.randomUUID()), name, kind, bytes.length, "0".repeat(64),
					Instant.parse("2025-03-01T00:00:00Z"), "hr@acme");
			return new FileContent(file, () -> new ByteArrayInputStream(bytes));
		}
	}

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Files()).build();

	@Test
	void aPdfIsShownInlineWithItsStoredTypeLengthAndUtf8Name() throws Exception {
		mvc.perform(get("/pdf/inline"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().longValue("Content-Length", PDF.length))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition",
					"inline; filename=\"____ __.pdf\"; filename*=UTF-8''%E8%AE%A2%E5%8D%95%E6%B5%81%E7%A8%8B%20%E6%89%8B%E5%86%8C.pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/pdf/attachment"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; ")));
	}

	@Test
	void anythingButImagesAndPdfIsAlwaysDownloaded() throws Exception {
		mvc.perform(get("/csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; ")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(CSV));
	}

	@Test
	void rangeRequestsOfPdfViewersGetThePart() throws Exception {
		MvcResult result = mvc.perform(get("/pdf/inline").header("Range", "bytes=5-14"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 5-14/" + PDF.length))
			.andExpect(header().longValue("Content-Length", 10))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(PDF, 5, 15));
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
	}
}
