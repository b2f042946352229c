package io.cotrain.employee.org;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.cotrain.employee.EmployeeFiles.ImportResult;
import io.cotrain.employee.EmployeeFiles.Previewed;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.Organisation.OrgUnitForm;
import io.cotrain.employee.Organisation.PositionForm;
import io.cotrain.employee.OrganisationFiles;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.support.Violations;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.spreadsheet.CheckedPreview;
import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.FileImports;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SheetRow;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.SpreadsheetImport;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.Spreadsheets;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;

import org.springframework.stereotype.Service;

/** Org unit and position files: upsert by code, parents before children, nothing changed where nothing differs. */
@Service
class OrganisationImport implements OrganisationFiles {

	static final SpreadsheetSchema ORG_UNITS = SpreadsheetSchema.of("org-units",
			Column.text("code", "组织代码", "Code").asRequired().withMaxLength(32).withExample("HQ-1"),
			Column.text("name", "组织名称", "Name").asRequired().withMaxLength(200).withExample("订单部"),
			Column.choice("kind", "类型", "Kind", List.of(new Column.Choice("COMPANY", "公司", "Company"),
					new Column.Choice("DEPARTMENT", "部门", "Department"), new Column.Choice("TEAM", "班组", "Team")))
				.asRequired().withExample("DEPARTMENT"),
			Column.text("parent", "上级组织代码", "Parent code").withMaxLength(32).withExample("HQ"),
			Column.text("region", "区域代码", "Region code").withMaxLength(32).withExample("hq"));

	static final SpreadsheetSchema POSITIONS = SpreadsheetSchema.of("positions",
			Column.text("code", "岗位代码", "Code").asRequired().withMaxLength(32).withExample("CLERK"),
			Column.text("name", "岗位名称", "Name").asRequired().withMaxLength(200).withExample("文员"),
			Column.text("nameEn", "英文名称", "English name").withMaxLength(200).withExample("Clerk"),
			Column.choice("roleType", "角色类型", "Role type", List.of(new Column.Choice("CLERK", "文员", "Clerk"),
					new Column.Choice("CADRE", "储干", "Reserve cadre"), new Column.Choice("SUPERVISOR", "一线主管", "Frontline supervisor"),
					new Column.Choice("MANAGER", "部门经理", "Department manager"), new Column.Choice("HR", "人事", "HR"),
					new Column.Choice("OTHER", "其他", "Other"))).asRequired().withExample("CLERK"),
			Column.integer("grade", "职级", "Grade").asRequired().withExample(1L));

	private static final int MAX_DEPTH = 1000;

	private final Spreadsheets spreadsheets;
	private final FileImports imports;
	private final Organisation organisation;
	private final TenantDirectory tenants;
	private final SpreadsheetImport<ImportResult> units;
	private final SpreadsheetImport<ImportResult> positions;

	OrganisationImport(Spreadsheets spreadsheets, FileImports imports, Organisation organisation, TenantDirectory tenants) {
		this.spreadsheets = spreadsheets;
		this.imports = imports;
		this.organisation = organisation;
		this.tenants = tenants;
		this.units = new SpreadsheetImport<>(ORG_UNITS, this::checkUnits, preview -> upsert(Sheet.ORG_UNITS, preview));
		this.positions = new SpreadsheetImport<>(POSITIONS, this::checkPositions, preview -> upsert(Sheet.POSITIONS, preview));
	}

	@Override
	public SpreadsheetSchema schema(Sheet sheet) {
		return definition(sheet).schema();
	}

	@Override
	public SpreadsheetImport<ImportResult> definition(Sheet sheet) {
		return sheet == Sheet.ORG_UNITS ? units : positions;
	}

	@Override
	public Previewed preview(Sheet sheet, SpreadsheetFile file) {
		CheckedPreview checked = imports.preview(definition(sheet), file);
		return new Previewed(checked.preview(), checked.token());
	}

	private Optional<RegionInfo> region(String code) {
		return tenants.regionByCode(code).filter(r -> TenantScope.require().sees(r.id()));
	}

	private List<RowError> checkUnits(ImportPreview preview) {
		List<RowError> errors = new ArrayList<>(preview.duplicates("code"));
		Map<String, SheetRow> inFile = new HashMap<>();
		preview.rows().forEach(r -> {
			if (r.has("code")) {
				inFile.putIfAbsent(r.text("code"), r);
			}
		});
		for (SheetRow row : preview.rows()) {
			String code = row.text("code");
			if (code != null && !Violations.CODE.matcher(code).matches()) {
				errors.add(preview.error(row, "code", "validation.employee.code"));
			}
			if (row.has("region")) {
				if (region(row.text("region")).isEmpty()) {
					errors.add(preview.error(row, "region", "employee.import.unknownRegion", row.text("region")));
				}
			}
			else if (!TenantScope.require().seesAllRegions()) {
				errors.add(preview.error(row, "region", "validation.orgUnit.tenantWide"));
			}
			String kind = row.choice("kind");
			if (!row.has("parent")) {
				if (kind != null && !"COMPANY".equals(kind)) {
					errors.add(preview.error(row, "parent", "validation.orgUnit.parentRequired"));
				}
				continue;
			}
			String parent = row.text("parent");
			String parentKind = inFile.containsKey(parent) ? inFile.get(parent).choice("kind")
					: organisation.orgUnitByCode(parent).map(u -> u.kind().name()).orElse(null);
			if (parent.equals(code) || inFile.containsKey(parent) && inCycle(code, inFile)) {
				errors.add(preview.error(row, "parent", "validation.orgUnit.cycle"));
			}
			else if (!inFile.containsKey(parent) && parentKind == null) {
				errors.add(preview.error(row, "parent", "employee.import.unknownOrgUnit", parent));
			}
			else if (kind != null && parentKind != null && OrgUnitView.Kind.valueOf(parentKind).ordinal() > OrgUnitView.Kind.valueOf(kind).ordinal()) {
				errors.add(preview.error(row, "kind", "validation.orgUnit.kindOrder"));
			}
		}
		return errors;
	}

	private static boolean inCycle(String code, Map<String, SheetRow> inFile) {
		Set<String> seen = new HashSet<>();
		SheetRow current = inFile.get(code);
		while (current != null && current.has("parent") && seen.size() <= MAX_DEPTH) {
			String parent = current.text("parent");
			if (parent.equals(code)) {
				return true;
			}
			if (!seen.add(parent)) {
				return false;
			}
			current = inFile.get(parent);
		}
		return false;
	}

	private List<RowError> checkPositions(ImportPreview preview) {
		List<RowError> errors = new ArrayList<>(preview.duplicates("code"));
		for (SheetRow row : preview.rows()) {
			String code = row.text("code");
			if (code != null && !Violations.CODE.matcher(code).matches()) {
				errors.add(preview.error(row, "code", "validation.employee.code"));
			}
			Long grade = row.integer("grade");
			if (grade != null && (grade < 0 || grade > 99)) {
				errors.add(preview.error(row, "grade", "validation.position.grade", 0, 99));
			}
		}
		return errors;
	}

	@Override
	public ImportResult apply(Sheet sheet, PreviewToken token) {
		return imports.apply(definition(sheet), token);
	}

	/** Upserts every row of a clean preview, parent units first (inside the apply transaction). */
	private ImportResult upsert(Sheet sheet, ImportPreview preview) {
		int[] counts = new int[3];
		List<SheetRow> rows = sheet == Sheet.ORG_UNITS ? parentsFirst(preview.rows()) : preview.rows();
		for (SheetRow row : rows) {
			try {
				counts[sheet == Sheet.ORG_UNITS ? upsertUnit(row) : upsertPosition(row)]++;
			}
			catch (RuleViolationException e) {
				List<Violation> all = new ArrayList<>();
				all.add(new Violation(null, "organisation.import.rowRefused", row.number(), row.text("code")));
				all.addAll(e.violations());
				throw new RuleViolationException(all);
			}
		}
		return new ImportResult(counts[0], counts[1], counts[2], List.of());
	}

	private static final int CREATED = 0;
	private static final int UPDATED = 1;
	private static final int UNCHANGED = 2;

	private int upsertUnit(SheetRow row) {
		RegionId region = null;
		if (row.has("region")) {
			region = region(row.text("region"))
				.orElseThrow(() -> RuleViolationException.of("region", "employee.import.unknownRegion", row.text("region"))).id();
		}
		OrgUnitId parent = null;
		if (row.has("parent")) {
			parent = organisation.orgUnitByCode(row.text("parent"))
				.orElseThrow(() -> RuleViolationException.of("parent", "employee.import.unknownOrgUnit", row.text("parent"))).id();
		}
		OrgUnitView.Kind kind = OrgUnitView.Kind.valueOf(row.choice("kind"));
		OrgUnitForm form = new OrgUnitForm(row.text("code"), row.text("name"), kind, parent, region);
		Optional<OrgUnitView> existing = organisation.orgUnitByCode(row.text("code"));
		if (existing.isEmpty()) {
			organisation.createOrgUnit(form);
			return CREATED;
		}
		OrgUnitView now = existing.get();
		if (now.name().equals(form.name()) && now.kind() == kind && Objects.equals(now.parentId(), parent)
				&& Objects.equals(now.region(), region)) {
			return UNCHANGED;
		}
		organisation.updateOrgUnit(now.id(), form);
		return UPDATED;
	}

	private int upsertPosition(SheetRow row) {
		PositionForm form = new PositionForm(row.text("code"), row.text("name"), row.text("nameEn"),
				RoleType.valueOf(row.choice("roleType")), Math.toIntExact(row.integer("grade")));
		Optional<PositionView> existing = organisation.positionByCode(row.text("code"));
		if (existing.isEmpty()) {
			organisation.createPosition(form);
			return CREATED;
		}
		PositionView now = existing.get();
		if (now.name().equals(form.name()) && Objects.equals(now.nameEn(), form.nameEn()) && now.roleType() == form.roleType()
				&& now.grade() == form.grade()) {
			return UNCHANGED;
		}
		organisation.updatePosition(now.id(), form);
		return UPDATED;
	}

	private static List<SheetRow> parentsFirst(List<SheetRow> rows) {
		Map<String, SheetRow> byCode = new LinkedHashMap<>();
		rows.forEach(r -> byCode.putIfAbsent(r.text("code"), r));
		List<SheetRow> ordered = new ArrayList<>(rows.size());
		Set<String> placed = new HashSet<>();
		for (SheetRow row : rows) {
			place(row, byCode, placed, ordered, new HashSet<>());
		}
		return ordered;
	}

	private static void place(SheetRow row, Map<String, SheetRow> byCode, Set<String> placed, List<SheetRow> ordered,
			Set<String> visiting) {
		String code = row.text("code");
		if (placed.contains(code) || !visiting.add(code)) {
			return;
		}
		SheetRow parent = row.has("parent") ? byCode.get(row.text("parent")) : null;
		if (parent != null) {
			place(parent, byCode, placed, ordered, visiting);
		}
		placed.add(code);
		ordered.add(row);
	}

	@Override
	public void export(Sheet sheet, SpreadsheetFormat format, Locale locale, OutputStream out) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (sheet == Sheet.ORG_UNITS) {
			Map<RegionId, String> regions = new HashMap<>();
			tenants.regions().forEach(r -> regions.put(r.id(), r.code()));
			List<OrgUnitView> units = organisation.orgUnits();
			Map<OrgUnitId, String> codes = new HashMap<>();
			units.forEach(u -> codes.put(u.id(), u.code()));
			for (OrgUnitView u : units) {
				Map<String, Object> row = new HashMap<>();
				row.put("code", u.code());
				row.put("name", u.name());
				row.put("kind", u.kind());
				row.put("parent", u.parentId() == null ? null : codes.get(u.parentId()));
				row.put("region", u.region() == null ? null : regions.get(u.region()));
				rows.add(row);
			}
		}
		else {
			for (PositionView p : organisation.positions()) {
				Map<String, Object> row = new HashMap<>();
				row.put("code", p.code());
				row.put("name", p.name());
				row.put("nameEn", p.nameEn());
				row.put("roleType", p.roleType());
				row.put("grade", (long) p.grade());
				rows.add(row);
			}
		}
		spreadsheets.export(schema(sheet), rows, format, locale, out);
	}
}
