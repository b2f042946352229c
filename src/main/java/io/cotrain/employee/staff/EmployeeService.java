package io.cotrain.employee.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.TagId;
import io.cotrain.employee.Tags;
import io.cotrain.employee.support.DatabaseRefusals;
import io.cotrain.employee.support.Violations;
import io.cotrain.portal.UiLocales;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EmployeeService implements EmployeeRegistry {

	static final Map<String, String> UNIQUE = Map.of("employee_number_unique", "employeeNo", "employee_pin_unique", "terminalPin");

	private final EmployeeRepository employees;
	private final AssignmentLedger ledger;
	private final EmployeeChecks checks;
	private final EmployeeViews views;
	private final EmployeeReader reader;
	private final EmployeeQueries queries;
	private final DueAssignments due;
	private final Tags tags;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;

	EmployeeService(EmployeeRepository employees, AssignmentLedger ledger, EmployeeChecks checks, EmployeeViews views,
			EmployeeReader reader, EmployeeQueries queries, DueAssignments due, Tags tags, TenantDirectory directory, Accounts accounts, AuditLog audit,
			Clock clock) {
		this.employees = employees;
		this.ledger = ledger;
		this.checks = checks;
		this.views = views;
		this.reader = reader;
		this.queries = queries;
		this.due = due;
		this.tags = tags;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a new employee is checked against: the numbers, PINs and states of the employees the caller sees. */
	interface Roster {

		boolean numberTaken(String employeeNo);

		boolean pinTaken(String terminalPin);

		/** Of a visible employee; empty when there is none. */
		Optional<EmployeeStatus> status(EmployeeId id);
	}

	/** A new employee, checked and built, to be written by {@link #hireAll}. */
	record Hire(Employee employee, Assignment first) {
	}

	/** The roster as the database holds it: one query per question. */
	private final Roster database = new Roster() {

		@Override
		public boolean numberTaken(String employeeNo) {
			return queries.numberTaken(employeeNo);
		}

		@Override
		public boolean pinTaken(String terminalPin) {
			return queries.pinTaken(terminalPin, null);
		}

		@Override
		public Optional<EmployeeStatus> status(EmployeeId id) {
			return employees.findById(id.value()).map(Employee::status);
		}
	};

	@Override
	public EmployeeView create(NewEmployee n) {
		return views.of(hireAll(List.of(check(n, database))).get(0));
	}

	/** The checks of {@link #create} against {@code roster} (an import's knows the whole file); writes nothing. */
	public Hire check(NewEmployee n, Roster roster) {
		Violations v = new Violations();
		String number = v.code("employeeNo", n.employeeNo());
		String name = v.required("name", n.name(), 100);
		RegionInfo region = checks.region(n.region(), v);
		String phone = checks.phone(n.phone(), region, v);
		String email = checks.email(n.email(), v);
		String pin = checks.pin(n.terminalPin(), number, v);
		LocalDate hired = v.present("hireDate", n.hireDate());
		checks.placement(null, region, n.orgUnit(), n.position(), null, v);
		if (n.manager() != null) {
			checks.newManager(roster.status(n.manager()), v);
		}
		if (number != null && roster.numberTaken(number)) {
			v.add("employeeNo", "validation.duplicate");
		}
		if (pin != null && !v.has("terminalPin") && roster.pinTaken(pin)) {
			v.add("terminalPin", "validation.duplicate");
		}
		v.throwIfAny();
		Assignment first = new Assignment(hired, region.id(), n.orgUnit(), n.position(), n.manager());
		// the first assignment is the one in force (before it starts, the first counts) and nothing follows it: the
		// new row holds it already, as AssignmentLedger.refresh would copy it
		return new Hire(new Employee(number, name, phone, email, hired, pin, first, clock.instant()), first);
	}

	/**
	 * Writes checked hires: the employees, then their first assignments, then the audit entries (so a session with
	 * JDBC batching sends each kind in one batch). What PostgreSQL refuses (a number or PIN held by an employee the
	 * scope cannot see) becomes a field error.
	 */
	public List<Employee> hireAll(List<Hire> hires) {
		DatabaseRefusals.translate(() -> {
			hires.forEach(h -> employees.save(h.employee()));
			hires.forEach(h -> ledger.record(h.employee(), h.first()));
			employees.flush();
			return null;
		}, UNIQUE, "regionId");
		audit.recordAll(hires.stream().map(h -> new AuditLog.Event("EMPLOYEE_CREATED", "employee", h.employee().id(),
				Map.of("employeeNo", h.employee().employeeNo(), "assignment", describe(h.first())))).toList());
		return hires.stream().map(Hire::employee).toList();
	}

	@Override
	public EmployeeView update(EmployeeId id, EmployeeChange c) {
		Employee employee = load(id);
		LocalDate today = views.today(employee);
		Violations v = new Violations();
		String name = v.required("name", c.name(), 100);
		RegionInfo region = checks.region(c.region(), v);
		String phone = checks.phone(c.phone(), region, v);
		String email = checks.email(c.email(), v);
		String pin = checks.pin(c.terminalPin(), employee.employeeNo(), v);
		if (pin != null && !v.has("terminalPin") && queries.pinTaken(pin, id.value())) {
			v.add("terminalPin", "validation.duplicate");
		}
		LocalDate effective = c.effectiveFrom() != null ? c.effectiveFrom() : today;
		Assignment base = ledger.timeline(employee).on(effective).orElse(null);
		Assignment wanted = new Assignment(effective, c.region(), c.orgUnit(), c.position(), c.manager());
		boolean moves = Timeline.differs(base, wanted);
		if (moves) {
			checks.placement(id, region, c.orgUnit(), c.position(), c.manager(), v);
			if (effective.isBefore(employee.hireDate())) {
				v.add("effectiveFrom", "validation.employee.beforeHire");
			}
			if (employee.status() == EmployeeStatus.LEFT) {
				v.add(null, "validation.employee.hasLeft");
			}
		}
		v.throwIfAny();
		employee.changeProfile(name, phone, email, pin, clock.instant());
		DatabaseRefusals.translate(() -> {
			if (moves) {
				ledger.record(employee, wanted);
			}
			ledger.refresh(employee, today);
			return employees.saveAndFlush(employee);
		}, UNIQUE, "regionId");
		audit.record("EMPLOYEE_CHANGED", "employee", id, Map.of("employeeNo", employee.employeeNo()));
		if (moves) {
			audit.record("EMPLOYEE_ASSIGNED", "employee", id, Map.of("employeeNo", employee.employeeNo(), "before",
					base == null ? Map.of() : describe(base), "after", describe(wanted)));
		}
		return views.of(employee);
	}

	@Override
	public EmployeeView leave(EmployeeId id, LocalDate leftOn) {
		Employee employee = load(id);
		Violations v = new Violations();
		if (employee.status() == EmployeeStatus.LEFT) {
			v.add(null, "validation.employee.hasLeft");
		}
		if (v.present("leftOn", leftOn) != null) {
			if (leftOn.isBefore(employee.hireDate())) {
				v.add("leftOn", "validation.employee.beforeHire");
			}
			if (leftOn.isAfter(views.today(employee))) {
				v.add("leftOn", "validation.employee.leftOnFuture");
			}
		}
		v.throwIfAny();
		employee.leave(leftOn, clock.instant());
		disableLogin(employee, null);
		audit.record("EMPLOYEE_LEFT", "employee", id, Map.of("employeeNo", employee.employeeNo(), "leftOn", leftOn));
		return views.of(employee);
	}

	@Override
	public EmployeeView erase(EmployeeId id) {
		Employee employee = load(id);
		if (employee.erasedAt() == null) {
			String pseudonym = "#" + employee.employeeNo();
			employee.erase(pseudonym, clock.instant());
			disableLogin(employee, pseudonym);
			audit.record("EMPLOYEE_ERASED", "employee", id, Map.of("employeeNo", employee.employeeNo()));
		}
		return views.of(employee);
	}

	/** A person who left or was erased cannot sign in; an erased person's login no longer shows their name. */
	private void disableLogin(Employee employee, String displayName) {
		accounts.list().stream().filter(a -> employee.id().value().equals(a.employeeId())).findFirst()
			.ifPresent(a -> accounts.update(a.id(), new Accounts.AccountChange(displayName, null, null, false)));
	}

	@Override
	public PersonalData personalData(EmployeeId id) {
		Employee employee = load(id);
		String login = accounts.list().stream().filter(a -> id.value().equals(a.employeeId())).map(Accounts.AccountView::username)
			.findFirst().orElse(null);
		PersonalData data = new PersonalData(views.of(employee), reader.historyEntries(id), login, employee.erasedAt(),
				clock.instant());
		audit.record("PERSONAL_DATA_EXPORTED", "employee", id, Map.of("employeeNo", employee.employeeNo()));
		return data;
	}

	@Override
	public LoginCreated createLogin(EmployeeId id) {
		Employee employee = load(id);
		if (employee.status() != EmployeeStatus.ACTIVE || employee.erasedAt() != null) {
			throw RuleViolationException.of(null, "validation.employee.hasLeft");
		}
		RegionInfo region = directory.region(employee.region());
		Locale locale = UiLocales.parse(region.locale().toLanguageTag()).orElse(UiLocales.DEFAULT);
		Accounts.Created created;
		try {
			created = accounts.create(new Accounts.NewAccount(employee.employeeNo().toLowerCase(Locale.ROOT), employee.name(),
					Set.of(Role.EMPLOYEE), Set.of(region.id()), locale, null, id.value()));
		}
		catch (RuleViolationException e) {
			// the account's fields are not this form's: report them for the whole request
			throw new RuleViolationException(e.violations().stream()
				.map(x -> new RuleViolationException.Violation(null, x.code(), x.args())).toList());
		}
		audit.record("EMPLOYEE_LOGIN_CREATED", "employee", id, Map.of("username", created.account().username()));
		return new LoginCreated(created.account().username(), created.initialPassword());
	}

	@Override
	public EmployeeView tag(EmployeeId id, TagId tag) {
		Employee employee = load(id);
		requireTag(tag);
		if (employee.tag(tag.value())) {
			DatabaseRefusals.translate(() -> employees.saveAndFlush(employee), Map.of(), null);
			audit.record("EMPLOYEE_TAGGED", "employee", id, Map.of("employeeNo", employee.employeeNo(), "tag", tag));
		}
		return views.of(employee);
	}

	@Override
	public EmployeeView untag(EmployeeId id, TagId tag) {
		Employee employee = load(id);
		if (employee.untag(tag.value())) {
			employees.saveAndFlush(employee);
			audit.record("EMPLOYEE_UNTAGGED", "employee", id, Map.of("employeeNo", employee.employeeNo(), "tag", tag));
		}
		return views.of(employee);
	}

	private void requireTag(TagId tag) {
		try {
			tags.get(tag);
		}
		catch (NotFoundException e) {
			throw RuleViolationException.of("tagId", "validation.selection");
		}
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public int applyDueAssignments() {
		return due.applyInTenant();
	}

	@Override
	@Transactional(readOnly = true)
	public Instant erasedAt(EmployeeId id) {
		return load(id).erasedAt();
	}

	private Employee load(EmployeeId id) {
		return employees.findById(id.value()).orElseThrow(() -> new NotFoundException("employee", id));
	}

	private static Map<String, Object> describe(Assignment a) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("effectiveFrom", a.effectiveFrom());
		d.put("region", a.region());
		d.put("orgUnit", a.orgUnit() == null ? "" : a.orgUnit().toString());
		d.put("position", a.position());
		d.put("manager", a.manager() == null ? "" : a.manager().toString());
		return d;
	}
}
