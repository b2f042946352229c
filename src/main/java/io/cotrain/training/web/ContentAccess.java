package io.cotrain.training.web;

/**
 * Who reads and who changes the content of programme versions (courses, task templates): HR designs programmes for
 * the tenant; region admins read them (they run them in their regions). Learners will read their own through "My
 * training".
 */
final class ContentAccess {

	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";
	static final String WRITE = "hasRole('HR_ADMIN')";

	private ContentAccess() {
	}

	/** A new order: every key of the list once. */
	record Order(java.util.List<java.util.UUID> keys) {
	}
}
