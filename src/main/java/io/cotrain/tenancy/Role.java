package io.cotrain.tenancy;

/** What an account may do; see DOMAIN.md §4. */
public enum Role {
	/** Everything in the tenant. */
	HR_ADMIN,
	/** Like HR, limited to the regions the account administers. */
	REGION_ADMIN,
	/** Frontline supervisor or department manager: their mentees. */
	MENTOR,
	/** Clerk or cadre: own path, check-in, tasks, archive. */
	EMPLOYEE,
	/** Read-only reports and audit log. */
	AUDITOR,
	/** The platform's operator: creates tenants; sees no tenant's data. */
	PLATFORM_OPERATOR,
	/**
	 * A check-in screen (projector or tablet): opens the QR screens of training sessions and nothing else; its own role
	 * only, limited to its regions when it is given some.
	 */
	KIOSK;

	public String authority() {
		return "ROLE_" + name();
	}
}
