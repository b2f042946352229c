package io.cotrain.notification;

import java.util.List;
import java.util.UUID;

/**
 * The one way modules reach people. {@link #send} must run inside the caller's transaction in the caller's tenant
 * scope: the notices and their deliveries are written there (outbox) and delivered only after the commit; a rollback
 * leaves nothing to send.
 */
public interface Notifications {

	/**
	 * Records a notice per recipient with one delivery per channel.
	 *
	 * @return the ids of the notices written; empty when the dedupe key was used within the tenant's dedupe window
	 * @throws IllegalArgumentException when the template key is not declared
	 * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
	 */
	List<UUID> send(Notice notice);
}
