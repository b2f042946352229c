package io.cotrain.notification.channel;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;

/**
 * A notice's recipient resolved for delivery: the login (for the inbox), the employee's phone and e-mail, and the
 * locale and region zone the message is written and timed in.
 *
 * @param accountId the login, or null for an employee without one
 * @param employeeId the employee, or null for an account without one
 * @param phone E.164, or null
 * @param email or null
 * @param region the recipient's region (employee's, else the account's), or null
 */
public record Addressee(UUID accountId, UUID employeeId, String phone, String email, Locale locale, RegionId region,
		ZoneId zone) {
}
