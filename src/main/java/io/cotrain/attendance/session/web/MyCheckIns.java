package io.cotrain.attendance.session.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.cotrain.attendance.Sessions;
import io.cotrain.attendance.Sessions.RosterLine;
import io.cotrain.attendance.Sessions.SessionView;
import io.cotrain.attendance.session.Corrections;
import io.cotrain.employee.EmployeeId;

import org.springframework.stereotype.Component;

/** The learner's sessions of the last 60 and next 30 days with their own line of the roster, newest first. */
@Component
class MyCheckIns {

	private static final Duration BACK = Duration.ofDays(60);
	private static final Duration AHEAD = Duration.ofDays(30);

	/**
	 * @param mine the learner's own roster line
	 * @param correctable whether a correction may be requested (started, not cancelled, not attended, none pending)
	 */
	record MySession(SessionView session, RosterLine mine, Corrections.Correction pending, boolean correctable) {
	}

	private final Sessions sessions;
	private final Corrections corrections;
	private final Clock clock;

	MyCheckIns(Sessions sessions, Corrections corrections, Clock clock) {
		this.sessions = sessions;
		this.corrections = corrections;
		this.clock = clock;
	}

	List<MySession> of(EmployeeId me) {
		Instant now = clock.instant();
		List<Corrections.Correction> requests = corrections.of(me);
		return sessions.list(new Sessions.Filter(false, now.minus(BACK), now.plus(AHEAD))).stream()
			.sorted(Comparator.comparing(SessionView::startsAt).reversed())
			.map(s -> {
				RosterLine mine = sessions.roster(s.id()).stream().filter(l -> l.employeeId().equals(me)).findFirst().orElse(null);
				Corrections.Correction pending = requests.stream()
					.filter(c -> c.sessionId().equals(s.id()) && c.state() == Corrections.State.PENDING).findFirst().orElse(null);
				boolean attended = mine != null && ("PRESENT".equals(mine.status()) || "LATE".equals(mine.status()));
				boolean correctable = mine != null && pending == null && !attended && s.state() != Sessions.State.CANCELLED
						&& !now.isBefore(s.startsAt());
				return new MySession(s, mine, pending, correctable);
			})
			.filter(m -> m.mine() != null).toList();
	}

}
