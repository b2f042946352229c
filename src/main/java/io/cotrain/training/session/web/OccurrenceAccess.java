package io.cotrain.training.session.web;

/**
 * Who reads and changes occurrences, for the API and the pages alike: HR, region admins (their regions) and auditors
 * read, mentors read the occurrences of their mentees; HR and region admins plan them; HR, region admins and mentors
 * record attendance (the service checks that a mentor marks only their own mentees).
 */
final class OccurrenceAccess {

	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR','MENTOR')";
	static final String STAFF_READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')";
	static final String WRITE = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";
	static final String RECORD = "hasAnyRole('HR_ADMIN','REGION_ADMIN','MENTOR')";
	/** The caller's own mentees' sessions: any signed-in account (one that mentors nobody sees an empty list). */
	static final String OWN = "isAuthenticated()";

	private OccurrenceAccess() {
	}
}
