package io.cotrain.training.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cotrain.competency.Scenarios;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.training.ProgrammePublished;
import io.cotrain.training.Programmes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Programmes} in plain SQL; every statement runs in the caller's tenant scope (row security). */
@Service
@Transactional(readOnly = true)
class ProgrammeService implements Programmes {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");
	private static final String AUDIT = "programme";

	private final JdbcClient jdbc;
	private final Scenarios scenarios;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final AuditLog audit;
	private final ObjectProvider<VersionContent> contents; // content services read programmes: resolved late, no cycle
	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProgrammeService(JdbcClient jdbc, Scenarios scenarios, TenantDirectory directory, Accounts accounts, AuditLog audit,
			ObjectProvider<VersionContent> contents, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.scenarios = scenarios;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.contents = contents;
		this.clock = clock;
	}

	@Override
	public List<Programme> list() {
		return jdbc.sql("select id from programme order by created_at desc, code").query(UUID.class).list().stream()
			.map(this::find).flatMap(Optional::stream).filter(this::visible).toList();
	}

	@Override
	public Programme get(UUID id) {
		return find(id).filter(this::visible).orElseThrow(() -> new NotFoundException("programme", id));
	}

	@Override
	public List<Version> versions(UUID id) {
		get(id);
		return jdbc.sql("select * from programme_version where programme_id = :id order by version desc").param("id", id)
			.query((rs, n) -> version(rs)).list();
	}

	@Override
	public Version version(UUID id, int version) {
		return versions(id).stream().filter(v -> v.version() == version).findFirst()
			.orElseThrow(() -> new NotFoundException("programme version", id + "/" + version));
	}

	@Override
	@Transactional
	public Programme create(ProgrammeForm form) {
		Resolved resolved = check(form, true);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		String by = actor();
		jdbc.sql("insert into programme (id, code, name, status, created_at, created_by) values (:id, :code, :name, 'DRAFT', :now, :by)")
			.param("id", id).param("code", form.code().strip()).param("name", form.name().strip())
			.param("now", Timestamp.from(now)).param("by", by).update();
		insertVersion(id, 1, form, resolved, now, by);
		audit.record("PROGRAMME_CREATED", AUDIT, id, details(form, resolved));
		return get(id);
	}

	@Override
	@Transactional
	public Programme update(UUID id, ProgrammeForm form) {
		Programme programme = get(id);
		if (programme.draft() == null) {
			throw RuleViolationException.of(null, "training.programme.noDraft");
		}
		int version = programme.draft().version();
		lockDraft(id, version);
		Resolved resolved = check(form, false);
		jdbc.sql("""
				update programme_version set name = :name, joint_goal = :goal, need_id = :need, scenario_id = :scenario,
				       starts_on = :starts, ends_on = :ends, note = :note
				where programme_id = :id and version = :version""")
			.param("id", id).param("version", version).param("name", form.name().strip()).param("goal", resolved.jointGoal())
			.param("need", form.needId()).param("scenario", resolved.scenarioId()).param("starts", form.startsOn())
			.param("ends", form.endsOn()).param("note", blankToNull(form.note())).update();
		if (programme.published() == null) {
			jdbc.sql("update programme set name = :name where id = :id").param("id", id).param("name", form.name().strip()).update();
		}
		jdbc.sql("delete from programme_region where programme_id = :id and version = :version").param("id", id)
			.param("version", version).update();
		insertRegions(id, version, form);
		audit.record("PROGRAMME_DRAFT_CHANGED", AUDIT, id, Map.of("version", version, "form", details(form, resolved)));
		return get(id);
	}

	@Override
	@Transactional
	public Programme newVersion(UUID id, String note) {
		Programme programme = lock(id);
		if (programme.status() != Status.ACTIVE || programme.published() == null) {
			throw RuleViolationException.of(null, "training.programme.notActive");
		}
		if (programme.draft() != null) {
			throw RuleViolationException.of(null, "training.programme.draftExists", programme.draft().version());
		}
		int from = programme.published().version();
		int to = from + 1;
		jdbc.sql("""
				insert into programme_version (programme_id, version, status, name, joint_goal, need_id, scenario_id, starts_on, ends_on,
				                               note, created_at, created_by)
				select programme_id, :to, 'DRAFT', name, joint_goal, need_id, scenario_id, starts_on, ends_on, :note, :now, :by
				from programme_version where programme_id = :id and version = :from""")
			.param("id", id).param("from", from).param("to", to).param("note", blankToNull(note))
			.param("now", Timestamp.from(clock.instant())).param("by", actor()).update();
		jdbc.sql("""
				insert into programme_region (programme_id, version, region_id)
				select programme_id, :to, region_id from programme_region where programme_id = :id and version = :from""")
			.param("id", id).param("from", from).param("to", to).update();
		contents.orderedStream().forEach(c -> c.copy(id, from, to));
		audit.record("PROGRAMME_VERSION_CREATED", AUDIT, id, Map.of("from", from, "version", to));
		return get(id);
	}

	@Override
	@Transactional
	public Programme publish(UUID id) {
		Programme programme = lock(id);
		if (programme.status() == Status.CLOSED) {
			throw RuleViolationException.of(null, "training.programme.closed");
		}
		if (programme.draft() == null) {
			throw RuleViolationException.of(null, "training.programme.noDraft");
		}
		int version = programme.draft().version();
		List<Violation> problems = new ArrayList<>();
		contents.orderedStream().forEach(c -> problems.addAll(c.problems(id, version)));
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		Instant now = clock.instant();
		jdbc.sql("update programme_version set status = 'SUPERSEDED' where programme_id = :id and status = 'PUBLISHED'")
			.param("id", id).update();
		jdbc.sql("update programme_version set status = 'PUBLISHED', published_at = :now where programme_id = :id and version = :v")
			.param("id", id).param("v", version).param("now", Timestamp.from(now)).update();
		jdbc.sql("update programme set status = 'ACTIVE', name = (select name from programme_version where programme_id = :id and version = :v) where id = :id")
			.param("id", id).param("v", version).update();
		audit.record("PROGRAMME_PUBLISHED", AUDIT, id, Map.of("version", version));
		events.publishEvent(new ProgrammePublished(id, version, programme.published() == null));
		return get(id);
	}

	@Override
	@Transactional
	public Programme close(UUID id) {
		Programme programme = lock(id);
		if (programme.status() != Status.ACTIVE) {
			throw RuleViolationException.of(null, "training.programme.notActive");
		}
		jdbc.sql("update programme set status = 'CLOSED' where id = :id").param("id", id).update();
		jdbc.sql("delete from programme_version where programme_id = :id and status = 'DRAFT'").param("id", id).update();
		audit.record("PROGRAMME_CLOSED", AUDIT, id, Map.of());
		return get(id);
	}

	// ---- reading ----

	private Optional<Programme> find(UUID id) {
		return jdbc.sql("select * from programme where id = :id").param("id", id).query((rs, n) -> {
			List<Version> versions = jdbc.sql("select * from programme_version where programme_id = :id and status in ('PUBLISHED', 'DRAFT')")
				.param("id", id).query((r, i) -> version(r)).list();
			Version published = versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst().orElse(null);
			Version draft = versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst().orElse(null);
			return new Programme(id, rs.getString("code"), Status.valueOf(rs.getString("status")), published, draft,
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
		}).optional();
	}

	private Version version(ResultSet rs) throws SQLException {
		UUID programme = rs.getObject("programme_id", UUID.class);
		int number = rs.getInt("version");
		List<RegionId> regions = jdbc.sql("select region_id from programme_region where programme_id = :p and version = :v order by region_id")
			.param("p", programme).param("v", number).query(UUID.class).list().stream().map(RegionId::new).toList();
		Timestamp published = rs.getTimestamp("published_at");
		return new Version(number, VersionStatus.valueOf(rs.getString("status")), rs.getString("name"), rs.getString("joint_goal"),
				rs.getObject("need_id", UUID.class), rs.getObject("scenario_id", UUID.class), rs.getObject("starts_on", java.time.LocalDate.class),
				rs.getObject("ends_on", java.time.LocalDate.class), regions, rs.getString("note"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), published == null ? null : published.toInstant());
	}

	/** HR sees every programme; a region admin those with one of their regions. */
	private boolean visible(Programme programme) {
		TenantScope scope = TenantScope.require();
		return scope.seesAllRegions() || programme.current().regions().stream().anyMatch(scope::sees);
	}

	private Programme lock(UUID id) {
		Programme programme = get(id);
		jdbc.sql("select id from programme where id = :id for update").param("id", id).query(UUID.class).single();
		return get(programme.id());
	}

	private void lockDraft(UUID id, int version) {
		jdbc.sql("select version from programme_version where programme_id = :id and version = :v and status = 'DRAFT' for update")
			.param("id", id).param("v", version).query(Integer.class).optional()
			.orElseThrow(() -> RuleViolationException.of(null, "training.programme.notDraft"));
	}

	// ---- writing ----

	private record Resolved(String jointGoal, UUID scenarioId) {
	}

	private Resolved check(ProgrammeForm form, boolean creating) {
		List<Violation> problems = new ArrayList<>();
		if (creating) {
			if (form.code() == null || form.code().isBlank()) {
				problems.add(new Violation("code", "training.programme.codeRequired"));
			}
			else if (!CODE.matcher(form.code().strip()).matches()) {
				problems.add(new Violation("code", "training.programme.codeInvalid"));
			}
			else if (jdbc.sql("select count(*) from programme where code = :c").param("c", form.code().strip()).query(Integer.class).single() > 0) {
				problems.add(new Violation("code", "training.programme.codeTaken", form.code().strip()));
			}
		}
		if (form.name() == null || form.name().isBlank()) {
			problems.add(new Violation("name", "training.programme.nameRequired"));
		}
		else if (form.name().strip().length() > 200) {
			problems.add(new Violation("name", "training.programme.tooLong", 200));
		}
		Scenarios.SavedNeed need = null;
		if (form.needId() != null) {
			try {
				need = scenarios.need(form.needId());
			}
			catch (NotFoundException e) {
				problems.add(new Violation("needId", "training.programme.unknownNeed"));
			}
		}
		UUID scenario = form.scenarioId() != null ? form.scenarioId() : need != null ? need.scenarioId() : null;
		if (scenario != null && form.scenarioId() != null) {
			try {
				scenarios.get(scenario);
			}
			catch (NotFoundException e) {
				problems.add(new Violation("scenarioId", "training.programme.unknownScenario"));
			}
		}
		String goal = form.jointGoal() != null && !form.jointGoal().isBlank() ? form.jointGoal().strip()
				: need != null ? need.jointGoal() : null;
		if (goal == null) {
			problems.add(new Violation("jointGoal", "training.programme.goalRequired"));
		}
		else if (goal.length() > 2000) {
			problems.add(new Violation("jointGoal", "training.programme.tooLong", 2000));
		}
		if (form.startsOn() == null) {
			problems.add(new Violation("startsOn", "training.programme.startRequired"));
		}
		if (form.endsOn() == null) {
			problems.add(new Violation("endsOn", "training.programme.endRequired"));
		}
		else if (form.startsOn() != null && form.endsOn().isBefore(form.startsOn())) {
			problems.add(new Violation("endsOn", "training.programme.endBeforeStart"));
		}
		if (form.regions() == null || form.regions().isEmpty()) {
			problems.add(new Violation("regions", "training.programme.regionsRequired"));
		}
		else {
			TenantScope scope = TenantScope.require();
			for (RegionId region : form.regions()) {
				if (!exists(region) || !scope.sees(region)) {
					problems.add(new Violation("regions", "training.programme.unknownRegion"));
					break;
				}
			}
		}
		if (form.note() != null && form.note().strip().length() > 500) {
			problems.add(new Violation("note", "training.programme.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return new Resolved(goal, scenario);
	}

	private boolean exists(RegionId region) {
		try {
			directory.region(region);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	private void insertVersion(UUID id, int version, ProgrammeForm form, Resolved resolved, Instant now, String by) {
		jdbc.sql("""
				insert into programme_version (programme_id, version, status, name, joint_goal, need_id, scenario_id, starts_on, ends_on,
				                               note, created_at, created_by)
				values (:id, :version, 'DRAFT', :name, :goal, :need, :scenario, :starts, :ends, :note, :now, :by)""")
			.param("id", id).param("version", version).param("name", form.name().strip()).param("goal", resolved.jointGoal())
			.param("need", form.needId()).param("scenario", resolved.scenarioId()).param("starts", form.startsOn())
			.param("ends", form.endsOn()).param("note", blankToNull(form.note())).param("now", Timestamp.from(now)).param("by", by)
			.update();
		insertRegions(id, version, form);
	}

	private void insertRegions(UUID id, int version, ProgrammeForm form) {
		for (RegionId region : form.regions()) {
			jdbc.sql("insert into programme_region (programme_id, version, region_id) values (:id, :v, :r)").param("id", id)
				.param("v", version).param("r", region.value()).update();
		}
	}

	private static Map<String, Object> details(ProgrammeForm form, Resolved resolved) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", form.code());
		details.put("name", form.name());
		details.put("need", form.needId() == null ? null : form.needId().toString());
		details.put("scenario", resolved.scenarioId() == null ? null : resolved.scenarioId().toString());
		details.put("period", form.startsOn() + ".." + form.endsOn());
		details.put("regions", form.regions().stream().map(r -> r.value().toString()).sorted().toList());
		return details;
	}

	private String actor() {
		return accounts.current().map(CurrentUser::username).orElse("system");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
