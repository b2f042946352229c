package io.cotrain.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's import acceptance as HR lives it, in the browser: a 200-row file with five bad rows is previewed with
 * exactly those rows and their reasons and nothing is applied; the fixed file is applied (200 employees); importing
 * it again changes nothing; the exported list imported again changes nothing. Runs in a tenant of its own.
 */
@CoTrainTest
class EmployeeImportJourneyIT extends BrowserJourney {

	static final String HEADER = "工号,姓名,手机号,邮箱,区域代码,组织代码,岗位代码,上级工号,入职日期\r\n";

	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;

	TestStaff staff;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
	}

	/** 200 clerks of region east reporting to J-0001 (a manager named before the row that hires him); bad rows break one field each. */
	private static byte[] csv(boolean withBadRows) {
		StringBuilder csv = new StringBuilder(HEADER);
		csv.append("J-0001,经理一,13900000001,j1@example.com,east,EAST-1,MGR,,2023-05-04\r\n");
		for (int i = 2; i <= 200; i++) {
			String region = "east";
			String unit = "EAST-1";
			String position = "CLERK";
			String manager = "J-0001";
			String date = "2024-01-02";
			if (withBadRows) {
				switch (i) {
					case 11 -> region = "nowhere";
					case 21 -> unit = "NO-UNIT";
					case 31 -> position = "NO-POS";
					case 41 -> manager = "J-9999";
					case 51 -> date = "2024-13-45";
					default -> { }
				}
			}
			csv.append("J-%04d,员工%d,138%08d,j%d@example.com,%s,%s,%s,%s,%s\r\n".formatted(i, i, i, i, region, unit, position,
					manager, date));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void upload(String name, byte[] content) {
		page.navigate(url("/employees"));
		page.locator("main a[href='/employees/import']").click();
		page.waitForURL(url("/employees/import"));
		page.locator("#spreadsheet-file").setInputFiles(new FilePayload(name, "text/csv", content));
		page.locator("form.spreadsheet-upload button[type=submit]").click();
		assertThat(page.locator(".spreadsheet-preview")).isVisible();
	}

	private void apply() {
		page.locator(".spreadsheet-preview form button[type=submit]").click();
		assertThat(page.locator(".import-result")).isVisible();
	}

	@Test
	void badRowsArePreviewedThenTheFixedFileIsAppliedOnceAndTheExportReimportsUnchanged() throws Exception {
		logIn(staff.hr(), TestTenants.PASSWORD);

		upload("staff.csv", csv(true));
		assertThat(page.locator(".preview-rows")).hasText("200");
		assertThat(page.locator(".preview-invalid")).hasText("5");
		assertThat(page.locator(".row-error")).hasCount(5);
		assertThat(page.locator(".row-error td:first-child")).hasText(new String[] { "12", "22", "32", "42", "52" });
		assertThat(page.locator(".row-error").nth(0)).containsText("nowhere");
		assertThat(page.locator(".row-error").nth(1)).containsText("NO-UNIT");
		assertThat(page.locator(".row-error").nth(2)).containsText("NO-POS");
		assertThat(page.locator(".row-error").nth(3)).containsText("J-9999");
		assertThat(page.locator(".row-error").nth(4)).containsText("入职日期");
		assertThat(page.locator(".spreadsheet-preview form")).hasCount(0); // nothing to apply
		screenshot("employee-import-bad-rows");
		page.navigate(url("/employees"));
		assertThat(page.locator("main")).containsText("共 0 名员工");

		upload("staff.csv", csv(false));
		assertThat(page.locator(".preview-invalid")).hasText("0");
		apply();
		assertThat(page.locator(".import-result")).containsText("新建 200 人，更新 0 人，未变 0 人");
		screenshot("employee-import-applied");

		upload("staff.csv", csv(false));
		apply();
		assertThat(page.locator(".import-result")).containsText("新建 0 人，更新 0 人，未变 200 人");

		page.navigate(url("/employees"));
		assertThat(page.locator("main")).containsText("共 200 名员工");
		Download download = page.waitForDownload(() -> page.locator("a.employee-export").click());
		Path exported = download.path();
		assertThat(download.suggestedFilename()).endsWith(".xlsx");
		upload(download.suggestedFilename(), Files.readAllBytes(exported));
		apply();
		assertThat(page.locator(".import-result")).containsText("新建 0 人，更新 0 人，未变 200 人");
		screenshot("employee-import-export-reimported");
		assertNoBrowserErrors();
	}
}
