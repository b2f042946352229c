package io.cotrain.attendance.terminal;

/**
 * Who reads and manages devices and punches, for the API and the pages alike: HR (all regions) and region admins (their
 * regions, by row security) manage; auditors read.
 */
final class DeviceAccess {

	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')";
	static final String WRITE = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";
	/** Unauthenticated device endpoints: the device is identified by its serial number or token instead. */
	static final String DEVICE = "permitAll()";

	private DeviceAccess() {
	}
}
