package io.cotrain.employee.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.OrgUnitView.Kind;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.support.DatabaseRefusals;
import io.cotrain.employee.support.Violations;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationService implements Organisation {

	private static final int MAX_DEPTH = 20;

	private final OrgUnitRepository units;
	private final PositionRepository positions;
	private final TenantDirectory directory;
	private final AuditLog audit;
	private final Clock clock;

	OrganisationService(OrgUnitRepository units, PositionRepository positions, TenantDirectory directory, AuditLog audit,
			Clock clock) {
		this.units = units;
		this.positions = positions;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<OrgUnitView> orgUnits() {
		return depthFirst(units.findAllByOrderByCode().stream().map(OrgUnit::view).toList());
	}

	@Override
	public OrgUnitView orgUnit(OrgUnitId id) {
		return load(id).view();
	}

	@Override
	public Optional<OrgUnitView> orgUnitByCode(String code) {
		return code == null ? Optional.empty() : units.findByCode(code.strip()).map(OrgUnit::view);
	}

	@Override
	@Transactional
	public OrgUnitView createOrgUnit(OrgUnitForm form) {
		Violations v = new Violations();
		String code = v.code("code", form.code());
		String name = v.required("name", form.name(), 200);
		checkPlacement(null, form, v);
		if (code != null && units.existsByCode(code)) {
			v.add("code", "validation.duplicate");
		}
		v.throwIfAny();
		OrgUnit unit = DatabaseRefusals.translate(
				() -> units.saveAndFlush(new OrgUnit(code, name, form.kind(), form.parent(), form.region(), clock.instant())),
				Map.of("org_unit_code_unique", "code"), "region");
		audit.record("ORG_UNIT_CREATED", "org_unit", unit.view().id(), describe(unit.view()));
		return unit.view();
	}

	@Override
	@Transactional
	public OrgUnitView updateOrgUnit(OrgUnitId id, OrgUnitForm form) {
		OrgUnit unit = load(id);
		Violations v = new Violations();
		String name = v.required("name", form.name(), 200);
		if (!writable(unit.region())) {
			v.add(null, "validation.orgUnit.tenantWide");
		}
		checkPlacement(id, form, v);
		v.throwIfAny();
		Map<String, Object> before = describe(unit.view());
		unit.change(name, form.kind(), form.parent(), form.region());
		DatabaseRefusals.translate(() -> units.saveAndFlush(unit), Map.of(), "region");
		audit.record("ORG_UNIT_CHANGED", "org_unit", id, Map.of("before", before, "after", describe(unit.view())));
		return unit.view();
	}

	/**
	 * Kinds go company → department → team (a unit is of its parent's kind or below it, only a company has no
	 * parent); the parent is visible and not the unit itself or below it; a region admin places units in its regions.
	 */
	private void checkPlacement(OrgUnitId self, OrgUnitForm form, Violations v) {
		if (v.present("kind", form.kind()) == null) {
			return;
		}
		if (form.region() != null && !regionVisible(form.region()) || !writable(form.region())) {
			v.add("region", "validation.employee.region");
		}
		if (form.parent() == null) {
			if (form.kind() != Kind.COMPANY) {
				v.add("parent", "validation.orgUnit.parentRequired");
			}
			return;
		}
		OrgUnit parent = units.findById(form.parent().value()).orElse(null);
		if (parent == null) {
			v.add("parent", "validation.selection");
			return;
		}
		if (parent.view().kind().ordinal() > form.kind().ordinal()) {
			v.add("kind", "validation.orgUnit.kindOrder");
		}
		if (self != null && isAncestorOrSelf(self, parent)) {
			v.add("parent", "validation.orgUnit.cycle");
		}
	}

	private boolean isAncestorOrSelf(OrgUnitId unit, OrgUnit start) {
		OrgUnit current = start;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			OrgUnitView view = current.view();
			if (view.id().equals(unit)) {
				return true;
			}
			current = view.parentId() == null ? null : units.findById(view.parentId().value()).orElse(null);
		}
		return current != null;
	}

	/** Tenant-wide units (no region) are written only in an all-regions scope; others in a scope that sees them. */
	private static boolean writable(RegionId region) {
		TenantScope scope = TenantScope.require();
		return region == null ? scope.seesAllRegions() : scope.sees(region);
	}

	private boolean regionVisible(RegionId region) {
		try {
			directory.region(region);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	@Override
	public List<PositionView> positions() {
		return positions.findAllByOrderByGradeAscCodeAsc().stream().map(Position::view).toList();
	}

	@Override
	public PositionView position(PositionId id) {
		return positions.findById(id.value()).map(Position::view).orElseThrow(() -> new NotFoundException("position", id));
	}

	@Override
	public Optional<PositionView> positionByCode(String code) {
		return code == null ? Optional.empty() : positions.findByCode(code.strip()).map(Position::view);
	}

	@Override
	@Transactional
	public PositionView createPosition(PositionForm form) {
		Violations v = new Violations();
		String code = v.code("code", form.code());
		PositionFields fields = PositionFields.check(form, v);
		if (code != null && positions.existsByCode(code)) {
			v.add("code", "validation.duplicate");
		}
		v.throwIfAny();
		Position position = DatabaseRefusals.translate(() -> positions.saveAndFlush(
				new Position(code, fields.name(), fields.nameEn(), form.roleType(), form.grade(), clock.instant())),
				Map.of("job_position_code_unique", "code"), null);
		audit.record("POSITION_CREATED", "position", position.view().id(), describe(position.view()));
		return position.view();
	}

	@Override
	@Transactional
	public PositionView updatePosition(PositionId id, PositionForm form) {
		Position position = positions.findById(id.value()).orElseThrow(() -> new NotFoundException("position", id));
		Violations v = new Violations();
		PositionFields fields = PositionFields.check(form, v);
		v.throwIfAny();
		Map<String, Object> before = describe(position.view());
		position.change(fields.name(), fields.nameEn(), form.roleType(), form.grade());
		audit.record("POSITION_CHANGED", "position", id, Map.of("before", before, "after", describe(position.view())));
		return position.view();
	}

	private record PositionFields(String name, String nameEn) {

		static PositionFields check(PositionForm form, Violations v) {
			String name = v.required("name", form.name(), 200);
			String nameEn = v.optional("nameEn", form.nameEn(), 200);
			v.present("roleType", form.roleType());
			if (form.grade() == null || form.grade() < 0 || form.grade() > 99) {
				v.add("grade", "validation.position.grade", 0, 99);
			}
			return new PositionFields(name, nameEn);
		}
	}

	private OrgUnit load(OrgUnitId id) {
		return units.findById(id.value()).orElseThrow(() -> new NotFoundException("org_unit", id));
	}

	/** Parents before children, siblings by code; units whose parent is not visible start their own branch. */
	static List<OrgUnitView> depthFirst(List<OrgUnitView> all) {
		Map<OrgUnitId, List<OrgUnitView>> children = new HashMap<>();
		Set<OrgUnitId> ids = new HashSet<>();
		all.forEach(u -> ids.add(u.id()));
		List<OrgUnitView> roots = new ArrayList<>();
		for (OrgUnitView unit : all) {
			if (unit.parentId() == null || !ids.contains(unit.parentId())) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
		}
		List<OrgUnitView> out = new ArrayList<>();
		Set<OrgUnitId> seen = new HashSet<>();
		roots.stream().sorted(Comparator.comparing(OrgUnitView::code)).forEach(r -> visit(r, children, out, seen));
		return out;
	}

	private static void visit(OrgUnitView unit, Map<OrgUnitId, List<OrgUnitView>> children, List<OrgUnitView> out,
			Set<OrgUnitId> seen) {
		if (!seen.add(unit.id())) {
			return;
		}
		out.add(unit);
		children.getOrDefault(unit.id(), List.of()).stream().sorted(Comparator.comparing(OrgUnitView::code))
			.forEach(c -> visit(c, children, out, seen));
	}

	private static Map<String, Object> describe(OrgUnitView u) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("code", u.code());
		d.put("name", u.name());
		d.put("kind", u.kind());
		d.put("parent", u.parentId() == null ? "" : u.parentId().toString());
		d.put("region", u.region() == null ? "" : u.region().toString());
		return d;
	}

	private static Map<String, Object> describe(PositionView p) {
		return Map.of("code", p.code(), "name", p.name(), "roleType", p.roleType(), "grade", p.grade());
	}
}
