package io.cotrain.spreadsheet;

import static io.cotrain.spreadsheet.Fixtures.EMPLOYEES;
import static io.cotrain.spreadsheet.Fixtures.readXlsx;
import static io.cotrain.spreadsheet.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestTenants;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The preview store against PostgreSQL: per tenant by row security, per user, for an hour, applied once. */
@CoTrainTest
class ImportPreviewStoreTest {

	@Autowired
	ImportPreviews previews;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	private TenantInfo tenantA;
	private TenantInfo tenantB;

	private final ImportPreview clean = readXlsx(row("工号", "姓名", "入职日期", "月薪", "绩效达成率", "是否导师", "状态"),
			row("E1", "王芳", LocalDate.of(2024, 3, 5), 8800.5, "95.5%", "是", "在职"), row("E2", "李雷", null, null, null, null, null));

	@BeforeEach
	void twoTenants() {
		tenantA = TestTenants.provision(provisioning);
		tenantB = TestTenants.provision(provisioning);
	}

	@AfterEach
	void signOutAndResetTheClock() {
		SecurityContextHolder.clearContext();
		clock.reset();
	}

	private <T> T in(TenantInfo tenant, Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), work);
	}

	private static String code(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException e) {
			return e.violations().get(0).code();
		}
		throw new AssertionError("no rule violation");
	}

	@Test
	void savedPreviewLoadsBackEqualInItsTenant() {
		assertThat(clean.errors()).isEmpty();
		PreviewToken token = in(tenantA, () -> previews.save(clean));
		assertThat(in(tenantA, () -> previews.load(token, EMPLOYEES))).isEqualTo(clean);
		long stored = in(tenantA, () -> jdbc.sql("select count(*) from import_preview where id = :id").param("id", token.value())
			.query(Long.class).single());
		assertThat(stored).isOne();
	}

	@Test
	void anotherTenantCannotSeeLoadApplyOrDeleteIt() {
		PreviewToken token = in(tenantA, () -> previews.save(clean));
		assertThat(code(() -> in(tenantB, () -> previews.load(token, EMPLOYEES)))).isEqualTo("spreadsheet.preview.unknown");
		assertThat(code(() -> in(tenantB, () -> previews.apply(token, EMPLOYEES, p -> "imported"))))
			.isEqualTo("spreadsheet.preview.unknown");
		long visibleToB = in(tenantB, () -> jdbc.sql("select count(*) from import_preview where id = :id").param("id", token.value())
			.query(Long.class).single());
		assertThat(visibleToB).as("row security hides the row").isZero();
		in(tenantB, () -> {
			previews.discard(token);
			return null;
		});
		assertThat(in(tenantA, () -> previews.load(token, EMPLOYEES))).isEqualTo(clean);
		assertThat(code(() -> previews.load(token, EMPLOYEES))).as("no scope, no rows").isEqualTo("spreadsheet.preview.unknown");
	}

	@Test
	void anExpiredPreviewIsRefused() {
		PreviewToken token = in(tenantA, () -> previews.save(clean));
		clock.advance(Duration.ofMinutes(59));
		assertThat(in(tenantA, () -> previews.load(token, EMPLOYEES)).rowCount()).isEqualTo(2);
		clock.advance(Duration.ofMinutes(1));
		assertThat(code(() -> in(tenantA, () -> previews.load(token, EMPLOYEES)))).isEqualTo("spreadsheet.preview.expired");
		assertThat(code(() -> in(tenantA, () -> previews.apply(token, EMPLOYEES, p -> "imported"))))
			.isEqualTo("spreadsheet.preview.expired");
	}

	@Test
	void applyRunsOnceAllOrNothing() {
		PreviewToken token = in(tenantA, () -> previews.save(clean));
		AtomicInteger runs = new AtomicInteger();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> in(tenantA, () -> previews.apply(token, EMPLOYEES, p -> {
			runs.incrementAndGet();
			throw new IllegalStateException("the owning module found a conflict");
		})));
		Integer applied = in(tenantA, () -> previews.apply(token, EMPLOYEES, p -> {
			runs.incrementAndGet();
			return p.rowCount();
		}));
		assertThat(applied).isEqualTo(2);
		assertThat(runs).hasValue(2);
		assertThat(code(() -> in(tenantA, () -> previews.apply(token, EMPLOYEES, p -> 0)))).isEqualTo("spreadsheet.preview.unknown");
	}

	@Test
	void aPreviewWithErrorsCannotBeApplied() {
		ImportPreview bad = clean.withErrors(clean.duplicates("name")).withErrors(List.of(
				clean.error(clean.rows().get(0), "name", "employee.import.unknownOrgUnit", "D9")));
		PreviewToken token = in(tenantA, () -> previews.save(bad));
		assertThat(in(tenantA, () -> previews.load(token, EMPLOYEES))).isEqualTo(bad);
		assertThat(code(() -> in(tenantA, () -> previews.apply(token, EMPLOYEES, p -> 1)))).isEqualTo("spreadsheet.preview.hasErrors");
	}

	@Test
	void onlyTheUserWhoUploadedAndOnlyWithTheSameSchema() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("hr@a", "x", "ROLE_HR_ADMIN"));
		PreviewToken token = in(tenantA, () -> previews.save(clean));
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("clerk@a", "x", "ROLE_EMPLOYEE"));
		assertThat(code(() -> in(tenantA, () -> previews.load(token, EMPLOYEES)))).isEqualTo("spreadsheet.preview.unknown");
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("hr@a", "x", "ROLE_HR_ADMIN"));
		SpreadsheetSchema other = new SpreadsheetSchema("org-units", EMPLOYEES.columns());
		assertThat(code(() -> in(tenantA, () -> previews.load(token, other)))).isEqualTo("spreadsheet.preview.unknown");
		assertThat(in(tenantA, () -> previews.load(token, EMPLOYEES))).isEqualTo(clean);
		assertThat(code(() -> PreviewToken.of("not-a-token"))).isEqualTo("spreadsheet.preview.unknown");
		assertThat(code(() -> in(tenantA, () -> previews.load(new PreviewToken(UUID.randomUUID()), EMPLOYEES))))
			.isEqualTo("spreadsheet.preview.unknown");
	}
}
