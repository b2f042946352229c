package io.cotrain.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.RegionId;

/**
 * Training sessions as check-in sees them: the scheduled occurrences of joint live and offline courses with their
 * check-in window and state, and a live roster (who checked in, when, how, late or not, and whether each group was
 * jointly present). Reads follow the caller: HR, auditors and the system see every session of the scope (a region
 * admin those of its regions), a mentor the sessions where one of its mentees is on the roster, a learner those where
 * they are on the roster.
 */
public interface Sessions {

	enum State {
		UPCOMING, OPEN, CLOSED, CANCELLED
	}

	/**
	 * @param opensAt when check-in opens (before the start)
	 * @param lateFrom a check-in after this is LATE
	 * @param methods QR, FACE or BOTH
	 */
	record SessionView(UUID id, UUID programmeId, UUID courseKey, String courseCode, String courseTitleZh, String courseTitleEn,
			String mode, RegionId regionId, Instant startsAt, Instant endsAt, String venue, String onlineUrl, State state,
			Instant opensAt, Instant closesAt, Instant lateFrom, String methods, int rosterSize, int checkedIn) {

		public String courseTitle(Locale locale) {
			return courseTitleEn != null && "en".equals(locale.getLanguage()) ? courseTitleEn : courseTitleZh;
		}
	}

	/**
	 * A roster member with their outcome so far.
	 *
	 * @param status PRESENT, LATE, ABSENT, EXCUSED or null (nothing yet)
	 * @param source who decided the status (QR, TERMINAL, CORRECTION, WINDOW, MENTOR) or null
	 * @param method how the member checked in (QR, TERMINAL, CORRECTION) or null
	 * @param jointlyPresent whether the member's group was jointly present; null while it cannot be told yet
	 * @param openFlags suspected proxy check-ins of the member not yet reviewed
	 */
	record RosterLine(EmployeeId employeeId, String employeeNo, String name, String role, UUID groupId, int groupNumber,
			EmployeeId mentorId, String mentorName, String status, String source, String method, Instant checkedInAt,
			Boolean jointlyPresent, int openFlags) {
	}

	/**
	 * @param open only sessions whose check-in window is open now
	 * @param from sessions starting at or after (null: a day ago)
	 * @param to sessions starting before (null: 30 days ahead)
	 */
	record Filter(boolean open, Instant from, Instant to) {
	}

	/** The sessions the caller sees, by start. */
	List<SessionView> list(Filter filter);

	SessionView get(UUID session);

	/** The roster the caller sees (a mentor: the groups with one of its mentees), by group, cadre first. */
	List<RosterLine> roster(UUID session);
}
