package io.cotrain.training.material;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.employee.TestStaff;
import io.cotrain.files.FileSettings;
import io.cotrain.files.SampleFiles;
import io.cotrain.files.Upload;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials;
import io.cotrain.training.Materials.Kind;
import io.cotrain.training.Materials.Material;
import io.cotrain.training.Materials.MaterialForm;
import io.cotrain.training.Materials.MaterialQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The library on the database: links and files written, checked, listed, changed and deleted; the file checks. */
@CoTrainTest
class MaterialsTest {

	@Autowired
	Materials materials;
	@Autowired
	Tags tags;
	@Autowired
	TenantSettings settings;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory tenants;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;

	private TestStaff staff;
	private TagView flow;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, tenants, organisation, registry, accounts);
		flow = staff.in(() -> tags.create(TagType.SCENARIO, "订单流程"));
	}

	private static MaterialForm form(String title, Audience audience, List<UUID> tags, String url) {
		return new MaterialForm(null, title, null, audience, tags, url);
	}

	private static List<String> problems(Runnable work) {
		RuleViolationException e = catchThrowableOfType(RuleViolationException.class, work::run);
		assertThat(e).as("refused").isNotNull();
		return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
	}

	private long count(String table) {
		return staff.in(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
	}

	@Test
	void aLinkIsCheckedCreatedListedChangedAndDeletedWithAudit() {
		assertThat(problems(() -> staff.in(() -> materials.createLink(new MaterialForm("bad code!", " ", null, null,
				List.of(UUID.randomUUID()), "ftp://example.com/x")))))
			.containsExactlyInAnyOrder("code validation.employee.code", "title training.title.required", "audience validation.selection",
					"tagIds validation.selection", "url training.url.http");
		assertThat(problems(() -> staff.in(() -> materials.createLink(form("话术", Audience.JOINT, List.of(), "  ")))))
			.containsExactly("url training.url.required");
		assertThat(problems(() -> staff.in(() -> materials.createLink(form("话术", Audience.JOINT, List.of(), "javascript:alert(1)")))))
			.containsExactly("url training.url.http");

		Material link = staff.in(() -> materials.createLink(new MaterialForm("COMM", " 协同沟通话术模板 ", "交接时的说法", Audience.JOINT,
				List.of(flow.id().value(), flow.id().value()), "https://wiki.example.cn/scripts")));
		assertThat(link.kind()).isEqualTo(Kind.LINK);
		assertThat(link.title()).isEqualTo("协同沟通话术模板");
		assertThat(link.tags()).containsExactly(flow);
		assertThat(link.file()).isNull();
		assertThat(link.createdBy()).isEqualTo("system");
		assertThat(problems(() -> staff.in(() -> materials.createLink(new MaterialForm("COMM", "另一个", null, Audience.CLERK, List.of(),
				"https://example.cn"))))).containsExactly("code training.material.codeTaken");

		Material clerkOnly = staff.in(() -> materials.createLink(form("录入须知", Audience.CLERK, List.of(), "http://example.cn/a")));
		assertThat(staff.in(() -> materials.list(MaterialQuery.all()))).extracting(Material::title)
			.containsExactly("协同沟通话术模板", "录入须知");
		assertThat(staff.in(() -> materials.list(new MaterialQuery(Audience.CLERK, null, null)))).containsExactly(clerkOnly);
		assertThat(staff.in(() -> materials.list(new MaterialQuery(null, flow.id().value(), null)))).containsExactly(link);
		assertThat(staff.in(() -> materials.list(new MaterialQuery(null, null, "交接")))).containsExactly(link);
		assertThat(staff.in(() -> materials.list(new MaterialQuery(null, null, "%")))).isEmpty();

		Material changed = staff.in(() -> materials.update(link.id(), new MaterialForm("COMM", "话术模板", null, Audience.CADRE, List.of(),
				"https://wiki.example.cn/v2"), null));
		assertThat(changed).extracting(Material::title, Material::audience, Material::url, Material::tags)
			.containsExactly("话术模板", Audience.CADRE, "https://wiki.example.cn/v2", List.of());
		assertThat(problems(() -> staff.in(() -> materials.update(link.id(), form("话术模板", Audience.CADRE, List.of(), ""), null))))
			.containsExactly("url training.url.required");

		staff.in(() -> {
			materials.delete(link.id());
			return null;
		});
		assertThatThrownBy(() -> staff.in(() -> materials.get(link.id()))).isInstanceOf(NotFoundException.class);
		assertThat(staff.in(() -> jdbc.sql("select action from audit_event where subject_type = 'training_material'")
			.query(String.class).list())).containsExactlyInAnyOrder("TRAINING_MATERIAL_CREATED", "TRAINING_MATERIAL_CREATED",
					"TRAINING_MATERIAL_CHANGED", "TRAINING_MATERIAL_DELETED");
	}

	@Test
	void aRealPdfIsStoredWithItsChecksumAndSizeAndTheSameBytesAreKeptOnce() throws Exception {
		byte[] pdf = TestPdf.onePage("Order Flow Handbook");
		Material manual = staff.in(() -> materials.createFile(form("订单流程手册", Audience.CLERK, List.of(flow.id().value()), "ignored"),
				Upload.of("订单流程手册.pdf", pdf)));

		assertThat(manual.kind()).isEqualTo(Kind.FILE);
		assertThat(manual.url()).isNull();
		assertThat(manual.file().name()).isEqualTo("订单流程手册.pdf");
		assertThat(manual.file().kind()).isEqualTo("PDF");
		assertThat(manual.file().contentType()).isEqualTo("application/pdf");
		assertThat(manual.file().size()).isEqualTo(pdf.length);
		assertThat(manual.file().sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

		Material copy = staff.in(() -> materials.createFile(form("手册副本", Audience.JOINT, List.of(), null), Upload.of("副本.pdf", pdf)));
		assertThat(copy.file().id()).isNotEqualTo(manual.file().id());
		assertThat(copy.file().sha256()).isEqualTo(manual.file().sha256());
		assertThat(count("stored_file")).isEqualTo(2);
		assertThat(count("stored_file_content")).as("the same bytes once").isOne();

		Material replaced = staff.in(() -> materials.update(copy.id(), form("手册副本", Audience.JOINT, List.of(), null),
				Upload.of("工具包.xlsx", SampleFiles.xlsx())));
		assertThat(replaced.file().name()).isEqualTo("工具包.xlsx");
		assertThat(replaced.file().kind()).isEqualTo("XLSX");
		Material kept = staff.in(() -> materials.update(copy.id(), form("新标题", Audience.JOINT, List.of(), null), null));
		assertThat(kept.file()).isEqualTo(replaced.file());
	}

	@Test
	void oversizedAndWrongFilesAreRefusedOnTheFileFieldAndNothingIsKept() {
		staff.in(() -> {
			settings.set(FileSettings.MAX_SIZE_MB.key(), null, "1");
			return null;
		});
		byte[] big = new byte[1024 * 1024 * 3 / 2];
		new Random(7).nextBytes(big);
		System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);

		RuleViolationException tooLarge = catchThrowableOfType(RuleViolationException.class, () -> staff.in(() -> materials.createFile(
				form("大手册", Audience.CLERK, List.of(), null), Upload.of("大手册.pdf", big))));
		assertThat(tooLarge.violations()).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("file");
			assertThat(v.code()).isEqualTo("files.tooLarge");
			assertThat(v.args()).containsExactly(1);
		});
		assertThat(problems(() -> staff.in(() -> materials.createFile(form("程序", Audience.CLERK, List.of(), null),
				Upload.of("setup.exe", SampleFiles.exe()))))).containsExactly("file files.typeNotAllowed");
		assertThat(problems(() -> staff.in(() -> materials.createFile(form("压缩包", Audience.CLERK, List.of(), null),
				Upload.of("手册.pdf", SampleFiles.zip(Map.of("a.txt", "x"))))))).containsExactly("file files.contentUnknown");
		// form and file problems together
		assertThat(problems(() -> staff.in(() -> materials.createFile(form("", Audience.CLERK, List.of(), null),
				Upload.of("setup.exe", SampleFiles.exe()))))).containsExactly("title training.title.required", "file files.typeNotAllowed");
		assertThat(problems(() -> staff.in(() -> materials.createFile(form("手册", Audience.CLERK, List.of(), null), null))))
			.containsExactly("file training.material.fileRequired");
		// a valid file with a refused form is not kept either
		assertThat(problems(() -> staff.in(() -> materials.createFile(form("", Audience.CLERK, List.of(), null),
				Upload.of("手册.pdf", SampleFiles.pdf()))))).containsExactly("title training.title.required");

		assertThat(count("training_material")).isZero();
		assertThat(count("stored_file")).isZero();
		assertThat(count("stored_file_content")).isZero();
	}

	@Test
	void aDeletedTagLeavesTheMaterialsItWasOnAndAnotherTenantSeesNothing() {
		Material link = staff.in(() -> materials.createLink(form("话术", Audience.JOINT, List.of(flow.id().value()), "https://example.cn")));
		staff.in(() -> {
			tags.delete(flow.id());
			return null;
		});
		assertThat(staff.in(() -> materials.get(link.id())).tags()).isEmpty();

		TestStaff other = new TestStaff(provisioning, tenants, organisation, registry, accounts);
		assertThatThrownBy(() -> other.in(() -> materials.get(link.id()))).isInstanceOf(NotFoundException.class);
		assertThat(other.in(() -> materials.list(MaterialQuery.all()))).isEmpty();
		assertThatThrownBy(() -> other.in(() -> {
			materials.delete(link.id());
			return null;
		})).isInstanceOf(NotFoundException.class);
	}
}
