package io.cotrain.attendance.session.web;

/**
 * Who reads and changes sessions, for the API and the pages alike: every tenant role reads the sessions it may see
 * (the service filters: a mentor those of its mentees, a learner its own); HR and region admins change a session's
 * check-in rules and review suspected proxy check-ins.
 */
final class SessionAccess {

	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR','MENTOR','EMPLOYEE')";
	static final String STAFF_READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')";
	static final String MANAGE = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";
	/** Pages of those who lead or follow sessions: staff and mentors (learners use their own pages). */
	static final String LEAD = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR','MENTOR')";

	/** Corrections are decided by HR, region admins and mentors (the service checks a mentor decides only for mentees). */
	static final String DECIDE = "hasAnyRole('HR_ADMIN','REGION_ADMIN','MENTOR')";

	private SessionAccess() {
	}
}
