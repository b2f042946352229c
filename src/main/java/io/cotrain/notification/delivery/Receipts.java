package io.cotrain.notification.delivery;

import java.time.Clock;

import io.cotrain.notification.channel.DeliveryReceipts;
import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantScope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provider receipts for a tenant's gateway: each opens the tenant's scope, then a transaction, and marks the delivery
 * with that provider message id delivered or failed.
 */
@Component
public class Receipts {

	private final DeliveryStore store;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Receipts(DeliveryStore store, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The receipts sink to give a gateway configured for {@code tenant}. */
	public DeliveryReceipts forTenant(TenantId tenant) {
		return (providerMessageId, status, at, detail) -> TenantScope.run(TenantScope.allRegions(tenant),
				() -> transaction.executeWithoutResult(s -> store.receipt(providerMessageId,
						status == DeliveryReceipts.Status.DELIVERED ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED,
						status == DeliveryReceipts.Status.DELIVERED ? null : "notification.error.receipt: " + status
								+ (detail == null ? "" : " " + detail),
						clock.instant())));
	}
}
