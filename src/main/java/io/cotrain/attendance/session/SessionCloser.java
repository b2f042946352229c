package io.cotrain.attendance.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.attendance.SessionClosed;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.RosterEntry;
import io.cotrain.training.Occurrences.Source;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes sessions whose check-in window has passed: every roster member with no attendance yet is ABSENT (source
 * WINDOW; a mentor's EXCUSED or a recorded check-in stays), and the outcome of each member — with whether their group
 * was jointly present — is written to {@code checkin_outcome} (the training archive) and published once as
 * {@link SessionClosed}. Runs every minute (cron {@code cotrain.attendance.close-sweep}, {@code -} turns it off) for every tenant (and on any
 * node: the {@code checkin_session_closed} row makes it once); {@link #closeDue()} closes the current scope's sessions.
 */
@Component
public class SessionCloser {

	private static final Logger log = LoggerFactory.getLogger(SessionCloser.class);
	/** How far back a missed close is still made up (a node down over a weekend). */
	private static final Duration LOOK_BACK = Duration.ofDays(14);

	private final Occurrences occurrences;
	private final SessionPolicies policies;
	private final TenantProvisioning tenants;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SessionCloser(Occurrences occurrences, SessionPolicies policies, TenantProvisioning tenants, JdbcClient jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.occurrences = occurrences;
		this.policies = policies;
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${cotrain.attendance.close-sweep:30 * * * * *}")
	void sweep() {
		tenants.forEachTenant("Closing check-in sessions", tenant -> {
			int closed = closeDue();
			if (closed > 0) {
				log.info("Closed check-in of {} session(s) of tenant {}", closed, tenant.code());
			}
			return closed;
		});
	}

	/** Closes the current scope's sessions whose window has passed; each in its own transaction. */
	public int closeDue() {
		Instant now = clock.instant();
		int closed = 0;
		for (Occurrence session : occurrences.scheduledBetween(now.minus(LOOK_BACK), now)) {
			if (now.isBefore(policies.of(session).window(session).closesAt())) {
				continue;
			}
			if (Boolean.TRUE.equals(transaction.execute(status -> close(session, now)))) {
				closed++;
			}
		}
		return closed;
	}

	private boolean close(Occurrence session, Instant now) {
		int claimed = jdbc.sql("insert into checkin_session_closed (occurrence_id, closed_at) values (:o, :at) on conflict do nothing")
			.param("o", session.id()).param("at", Timestamp.from(now)).update();
		if (claimed == 0) {
			return false;
		}
		for (RosterEntry member : occurrences.members(session.id())) {
			if (member.status() == null) {
				occurrences.recordCheckIn(session.id(), member.employeeId(), Attendance.ABSENT, Source.WINDOW, null, "system");
			}
		}
		List<RosterEntry> members = occurrences.members(session.id());
		Map<UUID, Boolean> joint = JointPresence.byGroup(members, JointPresence.times(jdbc, session.id()), policies.of(session).jointWithin(), false);
		List<SessionClosed.Outcome> outcomes = new ArrayList<>();
		for (RosterEntry m : members) {
			outcomes.add(new SessionClosed.Outcome(m.employeeId(), m.groupId(), m.status().name(), joint.get(m.groupId())));
			jdbc.sql("""
					insert into checkin_outcome (occurrence_id, employee_id, group_id, status, jointly_present, closed_at, updated_at)
					values (:o, :e, :g, :s, :j, :at, :at)
					on conflict (occurrence_id, employee_id) do update set group_id = excluded.group_id, status = excluded.status,
					    jointly_present = excluded.jointly_present, updated_at = excluded.updated_at""")
				.param("o", session.id()).param("e", m.employeeId().value()).param("g", m.groupId()).param("s", m.status().name())
				.param("j", joint.get(m.groupId())).param("at", Timestamp.from(now)).update();
		}
		events.publishEvent(new SessionClosed(session.id(), session.programmeId(), session.courseKey(), session.startsAt(), outcomes));
		return true;
	}
}
