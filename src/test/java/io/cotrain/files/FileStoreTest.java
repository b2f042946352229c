package io.cotrain.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.tenancy.TestTenants;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The store against PostgreSQL: every kind round-trips, the rules refuse with their keys, tenants never meet. */
@CoTrainTest
class FileStoreTest {

	@Autowired
	FileStore files;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantSettings settings;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	MutableClock clock;

	private TenantInfo tenantA;
	private TenantInfo tenantB;

	@BeforeEach
	void twoTenants() {
		tenantA = TestTenants.provision(provisioning);
		tenantB = TestTenants.provision(provisioning);
	}

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	private <T> T in(TenantInfo tenant, Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), work);
	}

	private StoredFile store(TenantInfo tenant, String name, byte[] content) {
		return in(tenant, () -> files.store(Upload.of(name, content), FilePolicy.DOCUMENTS_AND_IMAGES));
	}

	private byte[] read(TenantInfo tenant, FileId id) {
		return in(tenant, () -> {
			try (InputStream in = files.open(id)) {
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private String refusal(TenantInfo tenant, String name, byte[] content) {
		RuleViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class,
				() -> store(tenant, name, content));
		assertThat(e).as(name + " refused").isNotNull();
		assertThat(e.violations().get(0).field()).isEqualTo("file");
		return e.violations().get(0).code();
	}

	private long count(TenantInfo tenant, String table) {
		return in(tenant, () -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	@Test
	void everyKindIsStoredWithItsChecksumAndReadBackUnchanged() throws Exception {
		clock.set(Instant.parse("2025-03-01T02:00:00Z"));
		Map<String, byte[]> samples = Map.of("订单流程手册.pdf", SampleFiles.pdf(), "协同沟通话术模板.docx", SampleFiles.docx(),
				"流程优化工具包.xlsx", SampleFiles.xlsx(), "培训介绍.pptx", SampleFiles.pptx(), "说明.txt", SampleFiles.txt(),
				"名单.csv", SampleFiles.csv(), "流程图.png", SampleFiles.png(), "现场.jpeg", SampleFiles.jpeg(), "动画.gif",
				SampleFiles.gif(), "截图.webp", SampleFiles.webp());
		for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
			StoredFile stored = store(tenantA, sample.getKey(), sample.getValue());
			FileKind kind = FileKind.byExtension(sample.getKey().substring(sample.getKey().lastIndexOf('.') + 1)).orElseThrow();

			assertThat(stored.kind()).isEqualTo(kind);
			assertThat(stored.name()).isEqualTo(sample.getKey());
			assertThat(stored.size()).isEqualTo(sample.getValue().length);
			assertThat(stored.sha256()).isEqualTo(sha256(sample.getValue()));
			assertThat(stored.createdAt()).isEqualTo(Instant.parse("2025-03-01T02:00:00Z"));
			assertThat(stored.createdBy()).isEqualTo("system");
			assertThat(in(tenantA, () -> files.metadata(stored.id()))).isEqualTo(stored);
			assertThat(read(tenantA, stored.id())).as(sample.getKey()).isEqualTo(sample.getValue());
		}
		assertThat(count(tenantA, "stored_file")).isEqualTo(samples.size());
		String type = in(tenantA, () -> jdbc.sql("select content_type from stored_file where kind = 'CSV'").query(String.class).single());
		assertThat(type).isEqualTo("text/csv;charset=UTF-8");
	}

	@Test
	void theSameContentIsKeptOnceButEachUploadKeepsItsName() {
		StoredFile first = store(tenantA, "手册.pdf", SampleFiles.pdf());
		StoredFile second = store(tenantA, "手册（副本）.pdf", SampleFiles.pdf());
		StoredFile inB = store(tenantB, "manual.pdf", SampleFiles.pdf());

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256()).isEqualTo(inB.sha256());
		assertThat(in(tenantA, () -> files.metadata(second.id())).name()).isEqualTo("手册（副本）.pdf");
		assertThat(count(tenantA, "stored_file")).isEqualTo(2);
		assertThat(count(tenantA, "stored_file_content")).isOne();
		assertThat(count(tenantB, "stored_file_content")).as("each tenant its own copy").isOne();
		assertThat(read(tenantA, second.id())).isEqualTo(SampleFiles.pdf());
	}

	@Test
	void wrongEmptyAndForeignFilesAreRefusedAndNothingIsKept() {
		assertThat(refusal(tenantA, "手册.docx", SampleFiles.pdf())).isEqualTo("files.contentMismatch");
		assertThat(refusal(tenantA, "手册.pdf", SampleFiles.docx())).isEqualTo("files.contentMismatch");
		assertThat(refusal(tenantA, "照片.png", SampleFiles.jpeg())).isEqualTo("files.contentMismatch");
		assertThat(refusal(tenantA, "空.pdf", new byte[0])).isEqualTo("files.empty");
		assertThat(refusal(tenantA, "invoice.pdf", SampleFiles.exe())).isEqualTo("files.contentUnknown");
		assertThat(refusal(tenantA, "invoice.exe", SampleFiles.exe())).isEqualTo("files.typeNotAllowed");
		assertThat(refusal(tenantA, "宏.docx", SampleFiles.docm())).isEqualTo("files.contentUnknown");
		assertThat(count(tenantA, "stored_file")).isZero();
		assertThat(count(tenantA, "stored_file_content")).isZero();
	}

	@Test
	void theSizeLimitIsTheTenantsSetting() {
		in(tenantA, () -> {
			settings.set(FileSettings.MAX_SIZE_MB.key(), null, "1");
			return null;
		});
		byte[] overOneMb = pdfOf(1024 * 1024 + 1);
		RuleViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class,
				() -> store(tenantA, "大文件.pdf", overOneMb));
		assertThat(e.violations().get(0).code()).isEqualTo("files.tooLarge");
		assertThat(e.violations().get(0).args()).containsExactly(1);
		assertThat(store(tenantA, "刚好.pdf", pdfOf(1024 * 1024)).size()).isEqualTo(1024 * 1024);
		assertThat(store(tenantB, "大文件.pdf", overOneMb).size()).as("the other tenant keeps the default 20 MB")
			.isEqualTo(overOneMb.length);
	}

	@Test
	void aTenantCanSwitchOffImagesAndAPolicyNarrowsTheKinds() {
		in(tenantA, () -> {
			settings.set(FileSettings.IMAGES_ALLOWED.key(), null, "false");
			return null;
		});
		assertThat(refusal(tenantA, "流程图.png", SampleFiles.png())).isEqualTo("files.typeNotAllowed");
		assertThat(store(tenantA, "手册.pdf", SampleFiles.pdf()).kind()).isEqualTo(FileKind.PDF);
		assertThat(store(tenantB, "流程图.png", SampleFiles.png()).kind()).isEqualTo(FileKind.PNG);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> in(tenantB, () -> files.store(Upload.of("手册.pdf", SampleFiles.pdf()), FilePolicy.IMAGES)));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> in(tenantA, () -> files.store(Upload.of("图.png", SampleFiles.png()), FilePolicy.IMAGES)))
			.satisfies(e -> assertThat(e.violations().get(0).code()).isEqualTo("files.noTypeAllowed"));
	}

	@Test
	void anotherTenantCannotSeeOrReadTheFile() {
		StoredFile stored = store(tenantA, "订单流程手册.pdf", SampleFiles.pdf());

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> in(tenantB, () -> files.metadata(stored.id())));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> in(tenantB, () -> files.open(stored.id())));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> in(tenantB, () -> files.content(stored.id())));
		assertThat(count(tenantB, "stored_file")).isZero();
		assertThat(count(tenantB, "stored_file_chunk")).as("row security hides the bytes too").isZero();
		assertThat(in(tenantA, () -> files.metadata(stored.id()))).isEqualTo(stored);
	}

	@Test
	void aRolledBackTransactionKeepsNoFile() {
		in(tenantA, () -> new TransactionTemplate(transactions).execute(status -> {
			files.store(Upload.of("手册.pdf", SampleFiles.pdf()), FilePolicy.DOCUMENTS);
			status.setRollbackOnly();
			return null;
		}));
		assertThat(count(tenantA, "stored_file")).isZero();
		assertThat(count(tenantA, "stored_file_content")).isZero();
	}

	@Test
	void aMultiMegabyteFileIsStoredInChunksAndStreamedOneChunkAtATime() throws Exception {
		byte[] big = pdfOf(5 * 1024 * 1024 + 123);
		StoredFile stored = store(tenantA, "大文件.pdf", big);
		assertThat(count(tenantA, "stored_file_chunk")).isEqualTo(6);

		// opened in the tenant's scope, read on a thread without one (as a response written asynchronously would be)
		InputStream opened = in(tenantA, () -> files.open(stored.id()));
		String streamed = CompletableFuture.supplyAsync(() -> {
			assertThat(TenantScope.current()).isEmpty();
			try (InputStream in = opened) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				byte[] buffer = new byte[64 * 1024];
				int read;
				long total = 0;
				while ((read = in.read(buffer)) >= 0) {
					digest.update(buffer, 0, read);
					total += read;
					assertThat(in.available()).as("never more than one chunk held").isLessThanOrEqualTo(1024 * 1024);
				}
				assertThat(total).isEqualTo(big.length);
				return HexFormat.of().formatHex(digest.digest());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).get();
		assertThat(streamed).isEqualTo(stored.sha256()).isEqualTo(sha256(big));

		try (InputStream in = in(tenantA, () -> files.content(stored.id())).getInputStream()) {
			assertThat(in.skip(big.length - 10)).isEqualTo(big.length - 10);
			assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(big, big.length - 10, big.length));
		}
	}

	private static byte[] pdfOf(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		System.arraycopy(SampleFiles.pdf(), 0, bytes, 0, SampleFiles.pdf().length);
		return bytes;
	}
}
