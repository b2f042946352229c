package io.cotrain.employee.staff;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeFiles;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeePage;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.LoginCreated;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.support.Violations;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.spreadsheet.CheckedPreview;
import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.FileImports;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.ImportPreviews;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SheetRow;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.SpreadsheetImport;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.Spreadsheets;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.stereotype.Service;

/**
 * Employee files: the schema, the preview's checks against the data and the all-or-nothing upsert by employee
 * number. A file is the full picture of the employees it names: a blank phone, email, org unit or manager means
 * none; a blank terminal PIN keeps the PIN (new employees: the employee number); the hire date is read for new
 * employees only; the effective date (blank: today) is when a changed placement takes effect.
 */
@Service
class EmployeeImport implements EmployeeFiles {

	static final SpreadsheetSchema SCHEMA = SpreadsheetSchema.of("employees",
			Column.text("employeeNo", "工号", "Employee No").asRequired().withMaxLength(32).withAliases("员工编号", "employee_no")
				.withExample("00101"),
			Column.text("name", "姓名", "Name").asRequired().withMaxLength(100).withExample("张三"),
			Column.text("phone", "手机号", "Phone").withMaxLength(40).withAliases("电话", "手机").withExample("13800000000"),
			Column.text("email", "邮箱", "Email").withMaxLength(200).withAliases("电子邮箱").withExample("zhang.san@example.com"),
			Column.text("region", "区域代码", "Region code").asRequired().withMaxLength(32).withExample("hq"),
			Column.text("orgUnit", "组织代码", "Org unit code").withMaxLength(32).withExample("HQ-1"),
			Column.text("position", "岗位代码", "Position code").asRequired().withMaxLength(32).withExample("CLERK"),
			Column.text("manager", "上级工号", "Manager No").withMaxLength(32).withExample("00001"),
			Column.date("hireDate", "入职日期", "Hire date").withExample(LocalDate.of(2024, 3, 1)),
			Column.text("terminalPin", "考勤编号", "Terminal PIN").withMaxLength(32).withExample("00101"),
			Column.date("effectiveFrom", "生效日期", "Effective from").withExample(LocalDate.of(2024, 3, 1)),
			Column.bool("login", "登录账号", "Login").withExample(Boolean.FALSE));

	private static final int MAX_MANAGER_CHAIN = 1000;
	private static final int FLUSH_EVERY = 500;

	private final Spreadsheets spreadsheets;
	private final FileImports imports;
	private final ImportPreviews previews;
	private final SpreadsheetImport<ImportResult> definition;
	private final EmployeeDirectory employees;
	private final EmployeeService registry;
	private final Organisation organisation;
	private final TenantDirectory tenants;
	private final Accounts accounts;
	private final AssignmentRepository assignments;
	private final EmployeeRepository repository;
	private final EmployeeViews employeeViews;
	private final EmployeeQueries queries;
	private final EntityManager entityManager;
	private final Clock clock;

	EmployeeImport(Spreadsheets spreadsheets, FileImports imports, ImportPreviews previews, EmployeeDirectory employees,
			EmployeeService registry, Organisation organisation, TenantDirectory tenants, Accounts accounts,
			AssignmentRepository assignments, EmployeeRepository repository, EmployeeViews employeeViews, EmployeeQueries queries,
			EntityManager entityManager, Clock clock) {
		this.spreadsheets = spreadsheets;
		this.imports = imports;
		this.previews = previews;
		this.definition = new SpreadsheetImport<>(SCHEMA, this::check, this::applyRows);
		this.employees = employees;
		this.registry = registry;
		this.organisation = organisation;
		this.tenants = tenants;
		this.accounts = accounts;
		this.assignments = assignments;
		this.repository = repository;
		this.employeeViews = employeeViews;
		this.queries = queries;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	public SpreadsheetSchema schema() {
		return SCHEMA;
	}

	@Override
	public SpreadsheetImport<ImportResult> definition() {
		return definition;
	}

	@Override
	public Previewed preview(SpreadsheetFile file) {
		CheckedPreview checked = imports.preview(definition, file);
		return new Previewed(checked.preview(), checked.token());
	}

	@Override
	public void discard(PreviewToken token) {
		previews.discard(token);
	}

	/** What only the data can tell: unknown codes and numbers, phones of the row's region, duplicates, cycles. */
	private List<RowError> check(ImportPreview preview) {
		Lookup lookup = new Lookup();
		Known known = new Known(preview.rows());
		List<RowError> errors = new ArrayList<>(preview.duplicates("employeeNo"));
		Map<String, String> managerInFile = new HashMap<>();
		for (SheetRow row : preview.rows()) {
			if (row.has("employeeNo")) {
				managerInFile.putIfAbsent(row.text("employeeNo"), row.text("manager"));
			}
		}
		Map<String, Integer> pins = new HashMap<>();
		for (SheetRow row : preview.rows()) {
			String number = row.text("employeeNo");
			if (number != null && !Violations.CODE.matcher(number).matches()) {
				errors.add(preview.error(row, "employeeNo", "validation.employee.code"));
			}
			RegionInfo region = null;
			if (row.has("region")) {
				region = lookup.region(row.text("region")).orElse(null);
				if (region == null) {
					errors.add(preview.error(row, "region", "employee.import.unknownRegion", row.text("region")));
				}
			}
			if (row.has("phone") && region != null) {
				try {
					PhoneNumbers.normalise(row.text("phone"), region.phoneCountry());
				}
				catch (IllegalArgumentException e) {
					errors.add(preview.error(row, "phone", "validation.employee.phone"));
				}
			}
			if (row.has("email") && !EmployeeChecks.EMAIL.matcher(row.text("email")).matches()) {
				errors.add(preview.error(row, "email", "validation.employee.email"));
			}
			if (row.has("terminalPin")) {
				String pin = row.text("terminalPin");
				if (!EmployeeChecks.PIN.matcher(pin).matches()) {
					errors.add(preview.error(row, "terminalPin", "validation.employee.pin"));
				}
				else {
					Integer earlier = pins.putIfAbsent(pin, row.number());
					if (earlier != null) {
						errors.add(preview.error(row, "terminalPin", "spreadsheet.error.duplicate", pin, earlier));
					}
				}
			}
			if (row.has("orgUnit")) {
				Optional<OrgUnitView> unit = lookup.orgUnit(row.text("orgUnit"));
				if (unit.isEmpty()) {
					errors.add(preview.error(row, "orgUnit", "employee.import.unknownOrgUnit", row.text("orgUnit")));
				}
				else if (unit.get().region() != null && region != null && !unit.get().region().equals(region.id())) {
					errors.add(preview.error(row, "orgUnit", "employee.import.orgUnitRegion", row.text("orgUnit"), region.code()));
				}
			}
			if (row.has("position") && lookup.position(row.text("position")).isEmpty()) {
				errors.add(preview.error(row, "position", "employee.import.unknownPosition", row.text("position")));
			}
			Optional<Employee> existing = known.byNumber(number);
			if (row.has("manager")) {
				String manager = row.text("manager");
				if (manager.equals(number)) {
					errors.add(preview.error(row, "manager", "validation.employee.ownManager"));
				}
				else if (managerInFile.containsKey(manager)) {
					if (inCycle(number, managerInFile)) {
						errors.add(preview.error(row, "manager", "validation.employee.managerCycle"));
					}
				}
				else {
					Optional<Employee> boss = known.byNumber(manager);
					if (boss.isEmpty()) {
						errors.add(preview.error(row, "manager", "employee.import.unknownManager", manager));
					}
					else if (boss.get().status() != EmployeeStatus.ACTIVE) {
						errors.add(preview.error(row, "manager", "validation.employee.managerLeft"));
					}
				}
			}
			String pin = row.has("terminalPin") ? row.text("terminalPin") : existing.isEmpty() ? number : null;
			if (pin != null && number != null) {
				known.byPin(pin).filter(holder -> !holder.employeeNo().equals(number))
					.ifPresent(holder -> errors.add(preview.error(row, row.has("terminalPin") ? "terminalPin" : "employeeNo",
							"employee.import.pinTaken", pin, holder.employeeNo())));
			}
			if (existing.isEmpty() && number != null && !row.has("hireDate")) {
				errors.add(preview.error(row, "hireDate", "employee.import.hireDateRequired"));
			}
		}
		return errors;
	}

	/** Whether following the managers named in the file from {@code number} comes back to it. */
	private static boolean inCycle(String number, Map<String, String> managerInFile) {
		Set<String> seen = new HashSet<>();
		String current = managerInFile.get(number);
		while (current != null && seen.add(current) && seen.size() <= MAX_MANAGER_CHAIN) {
			if (current.equals(number)) {
				return true;
			}
			current = managerInFile.get(current);
		}
		return false;
	}

	@Override
	public ImportResult apply(PreviewToken token) {
		return imports.apply(definition, token);
	}

	/** Upserts every row of a clean preview, managers first (inside the apply transaction). */
	private ImportResult applyRows(ImportPreview preview) {
		queries.planForGrowingTables();
		entityManager.unwrap(Session.class).setJdbcBatchSize(FLUSH_EVERY);
		Lookup lookup = new Lookup();
		Known known = new Known(preview.rows()).withHistories();
		// what was read is only compared with: unmanaged, it costs the flushes before each query nothing
		entityManager.clear();
		Hiring hiring = new Hiring(known);
		Set<UUID> withLogin = accounts.list().stream().map(Accounts.AccountView::employeeId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<LoginCreated> logins = new ArrayList<>();
		int done = 0;
		for (SheetRow row : managersFirst(preview.rows())) {
			if (++done % FLUSH_EVERY == 0) {
				// written rows need not stay in memory: flushing compares every managed entity, so keep them few
				hiring.write();
				entityManager.flush();
				entityManager.clear();
			}
			try {
				Outcome outcome = upsert(row, lookup, known, hiring);
				switch (outcome.kind()) {
					case CREATED -> created++;
					case UPDATED -> updated++;
					case UNCHANGED -> unchanged++;
				}
				if (Boolean.TRUE.equals(row.bool("login")) && !withLogin.contains(outcome.id().value())) {
					hiring.write();
					logins.add(registry.createLogin(outcome.id()));
					withLogin.add(outcome.id().value());
				}
			}
			catch (RuleViolationException e) {
				throw refused(row, e);
			}
			catch (NotFoundException e) {
				throw refused(row, new RuleViolationException(List.of()));
			}
		}
		hiring.write();
		return new ImportResult(created, updated, unchanged, List.copyOf(logins));
	}

	private static RuleViolationException refused(SheetRow row, RuleViolationException e) {
		List<Violation> all = new ArrayList<>();
		all.add(new Violation(null, "employee.import.rowRefused", row.number(), row.text("employeeNo")));
		all.addAll(e.violations());
		return new RuleViolationException(all);
	}

	/**
	 * New employees checked against what the import read and hired so far, written {@value #FLUSH_EVERY} at a time
	 * (so a few statements per batch instead of a few per row). In a scope limited to some regions each one is
	 * written at once: only PostgreSQL sees numbers and PINs of the other regions, and its refusal then names the row.
	 */
	private final class Hiring implements EmployeeService.Roster {

		private final Known known;
		private final int batch = TenantScope.require().seesAllRegions() ? FLUSH_EVERY : 1;
		private final Map<String, EmployeeId> ids = new HashMap<>();
		private final Set<String> numbers = new HashSet<>();
		private final Set<String> pins = new HashSet<>();
		private final Set<EmployeeId> hired = new HashSet<>();
		private final List<EmployeeService.Hire> pending = new ArrayList<>();
		private final List<SheetRow> rows = new ArrayList<>();

		Hiring(Known known) {
			this.known = known;
		}

		/** The id of an employee number: one of this file already placed, or a visible employee. */
		Optional<EmployeeId> id(String number) {
			return Optional.ofNullable(ids.get(number)).or(() -> known.byNumber(number).map(Employee::id));
		}

		void placed(String number, EmployeeId id) {
			ids.put(number, id);
		}

		EmployeeId hire(SheetRow row, EmployeeRegistry.NewEmployee employee) {
			EmployeeService.Hire hire = registry.check(employee, this);
			Employee created = hire.employee();
			placed(created.employeeNo(), created.id());
			numbers.add(created.employeeNo());
			pins.add(created.terminalPin());
			hired.add(created.id());
			pending.add(hire);
			rows.add(row);
			if (pending.size() >= batch) {
				write();
			}
			return created.id();
		}

		/** Writes the pending hires (before anything that reads them from the database). */
		void write() {
			if (pending.isEmpty()) {
				return;
			}
			try {
				registry.hireAll(pending);
			}
			catch (RuleViolationException e) {
				throw rows.size() == 1 ? refused(rows.get(0), e) : e;
			}
			pending.clear();
			rows.clear();
		}

		@Override
		public boolean numberTaken(String employeeNo) {
			return numbers.contains(employeeNo) || known.byNumber(employeeNo).isPresent();
		}

		@Override
		public boolean pinTaken(String terminalPin) {
			return pins.contains(terminalPin) || known.byPin(terminalPin).isPresent();
		}

		@Override
		public Optional<EmployeeStatus> status(EmployeeId id) {
			return hired.contains(id) ? Optional.of(EmployeeStatus.ACTIVE) : known.status(id);
		}
	}

	private enum Kind {
		CREATED, UPDATED, UNCHANGED
	}

	private record Outcome(EmployeeId id, Kind kind) {
	}

	private Outcome upsert(SheetRow row, Lookup lookup, Known known, Hiring hiring) {
		String number = row.text("employeeNo");
		RegionInfo region = lookup.region(row.text("region"))
			.orElseThrow(() -> RuleViolationException.of("regionId", "employee.import.unknownRegion", row.text("region")));
		OrgUnitId orgUnit = row.has("orgUnit") ? lookup.orgUnit(row.text("orgUnit"))
			.orElseThrow(() -> RuleViolationException.of("orgUnitId", "employee.import.unknownOrgUnit", row.text("orgUnit"))).id() : null;
		PositionId position = lookup.position(row.text("position"))
			.orElseThrow(() -> RuleViolationException.of("positionId", "employee.import.unknownPosition", row.text("position"))).id();
		EmployeeId manager = null;
		if (row.has("manager")) {
			String no = row.text("manager");
			manager = hiring.id(no).orElseThrow(() -> RuleViolationException.of("managerId", "employee.import.unknownManager", no));
		}
		String phone = row.has("phone") ? PhoneNumbers.normalise(row.text("phone"), region.phoneCountry()).orElse(null) : null;
		String email = row.text("email");
		Optional<EmployeeView> existing = known.view(number);
		if (existing.isEmpty()) {
			EmployeeId created = hiring.hire(row, new EmployeeRegistry.NewEmployee(number, row.text("name"), phone, email, region.id(),
					orgUnit, position, manager, row.date("hireDate"), row.text("terminalPin")));
			return new Outcome(created, Kind.CREATED);
		}
		EmployeeView now = existing.get();
		hiring.placed(number, now.id());
		if (manager == null && now.manager() != null && employees.getAll(List.of(now.manager())).isEmpty()) {
			// a manager the caller cannot see (a region admin's export leaves it blank) is kept, not removed
			manager = now.manager();
		}
		String pin = row.has("terminalPin") ? row.text("terminalPin") : now.terminalPin();
		LocalDate effective = row.has("effectiveFrom") ? row.date("effectiveFrom") : lookup.today(now.region());
		Assignment base = known.assignmentOn(now.id(), effective).orElse(null);
		boolean same = row.text("name").equals(now.name()) && Objects.equals(phone, now.phone()) && Objects.equals(email, now.email())
				&& Objects.equals(pin, now.terminalPin()) && base != null && base.region().equals(region.id())
				&& Objects.equals(base.orgUnit(), orgUnit) && base.position().equals(position) && Objects.equals(base.manager(), manager);
		if (same) {
			return new Outcome(now.id(), Kind.UNCHANGED);
		}
		hiring.write();
		registry.update(now.id(), new EmployeeRegistry.EmployeeChange(row.text("name"), phone, email, pin, region.id(), orgUnit,
				position, manager, row.date("effectiveFrom")));
		return new Outcome(now.id(), Kind.UPDATED);
	}

	/** The rows ordered so that a manager named in the file comes before the employees reporting to them. */
	private static List<SheetRow> managersFirst(List<SheetRow> rows) {
		Map<String, SheetRow> byNumber = new LinkedHashMap<>();
		rows.forEach(r -> byNumber.putIfAbsent(r.text("employeeNo"), r));
		List<SheetRow> ordered = new ArrayList<>(rows.size());
		Set<String> placed = new HashSet<>();
		for (SheetRow row : rows) {
			place(row, byNumber, placed, ordered, new HashSet<>());
		}
		return ordered;
	}

	private static void place(SheetRow row, Map<String, SheetRow> byNumber, Set<String> placed, List<SheetRow> ordered,
			Set<String> visiting) {
		String number = row.text("employeeNo");
		if (placed.contains(number) || !visiting.add(number)) {
			return;
		}
		SheetRow boss = row.has("manager") ? byNumber.get(row.text("manager")) : null;
		if (boss != null) {
			place(boss, byNumber, placed, ordered, visiting);
		}
		placed.add(number);
		ordered.add(row);
	}

	@Override
	public void export(EmployeeQuery query, SpreadsheetFormat format, Locale locale, OutputStream out) {
		Map<RegionId, RegionInfo> regions = tenants.regions().stream().collect(Collectors.toMap(RegionInfo::id, Function.identity()));
		Map<OrgUnitId, String> units = employees.orgUnits().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::code));
		Map<PositionId, String> positions = employees.positions().stream().collect(Collectors.toMap(PositionView::id, PositionView::code));
		Set<UUID> withLogin = accounts.list().stream().map(Accounts.AccountView::employeeId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<EmployeeView> all = new ArrayList<>();
		for (int page = 0;; page++) {
			EmployeePage result = employees.search(new EmployeeQuery(query.text(), query.region(), query.orgUnit(), query.position(),
					query.roleType(), query.tag(), query.status(), page, EmployeeQuery.MAX_SIZE));
			all.addAll(result.content());
			if (result.content().size() < EmployeeQuery.MAX_SIZE) {
				break;
			}
		}
		Set<EmployeeId> managerIds = all.stream().map(EmployeeView::manager).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<EmployeeId, String> numbers = new HashMap<>();
		all.forEach(e -> numbers.put(e.id(), e.employeeNo()));
		managerIds.removeAll(numbers.keySet());
		employees.getAll(managerIds).forEach(e -> numbers.put(e.id(), e.employeeNo()));
		Map<UUID, List<LocalDate>> effectiveDates = effectiveDates(all);
		List<Map<String, Object>> rows = new ArrayList<>(all.size());
		for (EmployeeView e : all) {
			RegionInfo region = regions.get(e.region());
			LocalDate today = region == null ? LocalDate.now(clock) : region.today(clock);
			Map<String, Object> row = new HashMap<>();
			row.put("employeeNo", e.employeeNo());
			row.put("name", e.name());
			row.put("phone", e.phone());
			row.put("email", e.email());
			row.put("region", region == null ? null : region.code());
			row.put("orgUnit", e.orgUnit() == null ? null : units.get(e.orgUnit()));
			row.put("position", positions.get(e.position()));
			row.put("manager", e.manager() == null ? null : numbers.get(e.manager()));
			row.put("hireDate", e.hireDate());
			row.put("terminalPin", e.terminalPin());
			row.put("effectiveFrom", effectiveDates.getOrDefault(e.id().value(), List.of()).stream()
				.filter(d -> !d.isAfter(today)).reduce((first, second) -> second).orElse(null));
			row.put("login", withLogin.contains(e.id().value()));
			rows.add(row);
		}
		spreadsheets.export(SCHEMA, rows, format, locale, out);
	}

	/** Every employee's assignment dates, oldest first, read in chunks (one query per 10,000 employees). */
	private Map<UUID, List<LocalDate>> effectiveDates(List<EmployeeView> all) {
		Map<UUID, List<LocalDate>> dates = new HashMap<>();
		List<UUID> ids = all.stream().map(e -> e.id().value()).toList();
		for (int from = 0; from < ids.size(); from += 10_000) {
			assignments.effectiveDates(ids.subList(from, Math.min(ids.size(), from + 10_000)))
				.forEach(d -> dates.computeIfAbsent(d.getEmployeeId(), k -> new ArrayList<>()).add(d.getEffectiveFrom()));
		}
		return dates;
	}

	@Override
	public void template(Locale locale, OutputStream out) {
		spreadsheets.template(SCHEMA, locale, out);
	}

	/** Codes looked up once per import, in the caller's scope (a region admin's regions only). */
	private final class Lookup {

		private final Map<String, Optional<RegionInfo>> regions = new HashMap<>();
		private final Map<String, Optional<OrgUnitView>> units = new HashMap<>();
		private final Map<String, Optional<PositionView>> positions = new HashMap<>();
		private final Map<RegionId, LocalDate> days = new HashMap<>();

		Optional<RegionInfo> region(String code) {
			return regions.computeIfAbsent(code,
					c -> tenants.regionByCode(c).filter(r -> TenantScope.require().sees(r.id())));
		}

		Optional<OrgUnitView> orgUnit(String code) {
			return units.computeIfAbsent(code, organisation::orgUnitByCode);
		}

		Optional<PositionView> position(String code) {
			return positions.computeIfAbsent(code, organisation::positionByCode);
		}

		/** Today in a region the caller sees (the region of an employee it sees). */
		LocalDate today(RegionId region) {
			return days.computeIfAbsent(region, r -> tenants.region(r).today(clock));
		}
	}

	/**
	 * The visible employees a file names (by number, as line manager, by PIN), read in chunks of
	 * {@value #CHUNK} rather than row by row; for applying also their views and assignment histories.
	 */
	private final class Known {

		private static final int CHUNK = 5_000;

		private final Map<String, Employee> byNumber = new HashMap<>();
		private final Map<String, Employee> byPin = new HashMap<>();
		private final Map<EmployeeId, Employee> byId = new HashMap<>();
		private final Map<String, EmployeeView> views = new HashMap<>();
		private final Map<EmployeeId, Timeline> histories = new HashMap<>();

		Known(List<SheetRow> rows) {
			Set<String> numbers = new HashSet<>();
			Set<String> pins = new HashSet<>();
			for (SheetRow row : rows) {
				for (String key : List.of("employeeNo", "manager")) {
					if (row.has(key)) {
						numbers.add(row.text(key));
					}
				}
				// a PIN given, or the number that becomes a new employee's PIN
				pins.add(row.has("terminalPin") ? row.text("terminalPin") : row.text("employeeNo"));
			}
			pins.remove(null);
			chunks(numbers).forEach(chunk -> repository.findByEmployeeNoIn(chunk).forEach(e -> {
				byNumber.put(e.employeeNo(), e);
				byId.put(e.id(), e);
			}));
			chunks(pins).forEach(chunk -> repository.findByTerminalPinIn(chunk).forEach(e -> byPin.put(e.terminalPin(), e)));
		}

		/** Adds the views and histories of the file's known employees (what deciding "unchanged" compares). */
		Known withHistories() {
			Map<EmployeeId, List<Assignment>> lists = new HashMap<>();
			for (List<Employee> chunk : chunks(byNumber.values())) {
				employeeViews.of(chunk).forEach(view -> views.put(view.employeeNo(), view));
				assignments.findByEmployeeIdInOrderByEffectiveFromAscSeqAsc(chunk.stream().map(e -> e.id().value()).toList())
					.forEach(a -> lists.computeIfAbsent(new EmployeeId(a.employeeId()), k -> new ArrayList<>()).add(a.value()));
			}
			lists.forEach((id, history) -> histories.put(id, new Timeline(history)));
			return this;
		}

		Optional<Employee> byNumber(String number) {
			return number == null ? Optional.empty() : Optional.ofNullable(byNumber.get(number));
		}

		Optional<EmployeeStatus> status(EmployeeId id) {
			return Optional.ofNullable(byId.get(id)).map(Employee::status);
		}

		Optional<Employee> byPin(String pin) {
			return Optional.ofNullable(byPin.get(pin));
		}

		Optional<EmployeeView> view(String number) {
			return Optional.ofNullable(views.get(number));
		}

		Optional<Assignment> assignmentOn(EmployeeId id, LocalDate day) {
			Timeline history = histories.get(id);
			return history == null ? Optional.empty() : history.on(day);
		}

		private static <T> List<List<T>> chunks(Collection<T> values) {
			List<T> all = List.copyOf(values);
			List<List<T>> chunks = new ArrayList<>();
			for (int from = 0; from < all.size(); from += CHUNK) {
				chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
			}
			return chunks;
		}
	}
}
