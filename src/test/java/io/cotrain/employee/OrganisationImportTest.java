package io.cotrain.employee;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeFiles.ImportResult;
import io.cotrain.employee.EmployeeFiles.Previewed;
import io.cotrain.employee.OrganisationFiles.Sheet;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.Spreadsheets;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Org unit and position files: bad rows listed, parents in the same file, re-import and export → import change nothing. */
@CoTrainTest
class OrganisationImportTest {

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
	@Autowired
	OrganisationFiles files;
	@Autowired
	Spreadsheets spreadsheets;
	@Autowired
	JdbcClient jdbc;

	private TestStaff staff;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
	}

	private static Map<String, Object> unit(String code, String kind, String parent, String region) {
		Map<String, Object> row = new HashMap<>();
		row.put("code", code);
		row.put("name", "单位 " + code);
		row.put("kind", kind);
		row.put("parent", parent);
		row.put("region", region);
		return row;
	}

	private byte[] file(Sheet sheet, List<Map<String, Object>> rows, SpreadsheetFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.export(files.schema(sheet), rows, format, Locale.SIMPLIFIED_CHINESE, out);
		return out.toByteArray();
	}

	private ImportResult importClean(Sheet sheet, byte[] bytes, String name) {
		Previewed previewed = staff.in(() -> files.preview(sheet, SpreadsheetFile.of(name, bytes)));
		assertThat(previewed.preview().errors()).isEmpty();
		return staff.in(() -> files.apply(sheet, previewed.token()));
	}

	private long audit() {
		return staff.in(() -> jdbc.sql("select count(*) from audit_event").query(Long.class).single());
	}

	@Test
	void orgUnitsWithParentsLaterInTheFileImportOnceAndReimportUnchanged() {
		List<Map<String, Object>> bad = new ArrayList<>(List.of(unit("D-1", "DEPARTMENT", "CO", null),
				unit("T-1", "TEAM", "NOPE", "east"), unit("T-2", "TEAM", "D-1", "north"), unit("D-2", "DEPARTMENT", "EAST-1", "east")));
		Previewed preview = staff.in(() -> files.preview(Sheet.ORG_UNITS, SpreadsheetFile.of("u.xlsx", file(Sheet.ORG_UNITS, bad,
				SpreadsheetFormat.XLSX))));
		assertThat(preview.preview().rowErrors()).extracting(RowError::rowNumber, RowError::messageCode).containsExactly(
				Tuple.tuple(3, "employee.import.unknownOrgUnit"), Tuple.tuple(4, "employee.import.unknownRegion"),
				Tuple.tuple(5, "validation.orgUnit.kindOrder"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> staff.in(() -> files.apply(Sheet.ORG_UNITS, preview.token())));
		assertThat(staff.in(() -> organisation.orgUnitByCode("D-1"))).isEmpty();

		// the team names its department, which comes later in the file
		List<Map<String, Object>> good = List.of(unit("T-9", "TEAM", "D-9", "east"), unit("D-9", "DEPARTMENT", "CO", null));
		byte[] bytes = file(Sheet.ORG_UNITS, good, SpreadsheetFormat.CSV);
		ImportResult first = importClean(Sheet.ORG_UNITS, bytes, "u.csv");
		assertThat(first.created()).isEqualTo(2);
		OrgUnitView team = staff.in(() -> organisation.orgUnitByCode("T-9").orElseThrow());
		assertThat(team.parentId()).isEqualTo(staff.in(() -> organisation.orgUnitByCode("D-9").orElseThrow().id()));
		assertThat(team.region()).isEqualTo(staff.east.id());

		long audit = audit();
		assertThat(importClean(Sheet.ORG_UNITS, bytes, "u.csv").unchanged()).isEqualTo(2);
		ByteArrayOutputStream export = new ByteArrayOutputStream();
		staff.in(() -> {
			files.export(Sheet.ORG_UNITS, SpreadsheetFormat.XLSX, Locale.ENGLISH, export);
			return null;
		});
		ImportResult reimport = importClean(Sheet.ORG_UNITS, export.toByteArray(), "export.xlsx");
		assertThat(reimport.unchanged()).isEqualTo(5);
		assertThat(audit()).isEqualTo(audit);
	}

	@Test
	void positionsUpsertByCodeAndExportReimportsUnchanged() {
		Map<String, Object> welder = new HashMap<>(Map.of("code", "WELD", "name", "焊工", "nameEn", "Welder", "roleType", "CLERK",
				"grade", 1L));
		Map<String, Object> tooHigh = new HashMap<>(Map.of("code", "BOSS", "name", "老板", "roleType", "MANAGER", "grade", 120L));
		Previewed bad = staff.in(() -> files.preview(Sheet.POSITIONS,
				SpreadsheetFile.of("p.xlsx", file(Sheet.POSITIONS, List.of(welder, tooHigh), SpreadsheetFormat.XLSX))));
		assertThat(bad.preview().rowErrors()).extracting(RowError::rowNumber, RowError::messageCode)
			.containsExactly(Tuple.tuple(3, "validation.position.grade"));

		tooHigh.put("grade", 9L);
		ImportResult first = importClean(Sheet.POSITIONS, file(Sheet.POSITIONS, List.of(welder, tooHigh), SpreadsheetFormat.XLSX), "p.xlsx");
		assertThat(first.created()).isEqualTo(2);
		welder.put("grade", 2L);
		ImportResult second = importClean(Sheet.POSITIONS, file(Sheet.POSITIONS, List.of(welder, tooHigh), SpreadsheetFormat.CSV), "p.csv");
		assertThat(second.updated()).isEqualTo(1);
		assertThat(second.unchanged()).isEqualTo(1);
		assertThat(staff.in(() -> organisation.positionByCode("WELD").orElseThrow().grade())).isEqualTo(2);

		long audit = audit();
		ByteArrayOutputStream export = new ByteArrayOutputStream();
		staff.in(() -> {
			files.export(Sheet.POSITIONS, SpreadsheetFormat.CSV, Locale.SIMPLIFIED_CHINESE, export);
			return null;
		});
		assertThat(importClean(Sheet.POSITIONS, export.toByteArray(), "export.csv").unchanged()).isEqualTo(6);
		assertThat(audit()).isEqualTo(audit);
	}

	@Test
	void aRegionAdminCannotImportOrgUnitsOfAnotherRegionOrTenantWide() {
		Previewed preview = TenantScope.call(TenantScope.regions(staff.tenant.id(), Set.of(staff.east.id())),
				() -> files.preview(Sheet.ORG_UNITS, SpreadsheetFile.of("u.csv", file(Sheet.ORG_UNITS,
						List.of(unit("E-9", "TEAM", "CO", "east"), unit("S-9", "TEAM", "CO", "south"), unit("W-9", "DEPARTMENT", "CO", null)),
						SpreadsheetFormat.CSV))));
		assertThat(preview.preview().rowErrors()).extracting(RowError::rowNumber, RowError::messageCode).containsExactly(
				Tuple.tuple(3, "employee.import.unknownRegion"), Tuple.tuple(4, "validation.orgUnit.tenantWide"));
	}
}
