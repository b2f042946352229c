package io.cotrain.notification;

import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.AccountId;

/**
 * Who a notice is for, in the caller's tenant: a login account, or an employee (reached by phone and e-mail even
 * without a login; the in-app copy goes to the employee's account if there is one).
 */
public record Recipient(UUID accountId, UUID employeeId) {

	public Recipient {
		if ((accountId == null) == (employeeId == null)) {
			throw new IllegalArgumentException("a recipient is an account or an employee");
		}
	}

	public static Recipient account(AccountId account) {
		return new Recipient(account.value(), null);
	}

	public static Recipient employee(EmployeeId employee) {
		return new Recipient(null, employee.value());
	}
}
