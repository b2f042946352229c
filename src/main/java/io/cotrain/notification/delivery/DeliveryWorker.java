package io.cotrain.notification.delivery;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.notification.Channel;
import io.cotrain.notification.channel.ChannelDispatcher;
import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.runtime.Wakeup;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due deliveries of every tenant: per tenant (from the registry, which has no row security) it opens the
 * tenant's scope, leases a batch in one short transaction and then delivers each in a transaction of its own. Runs
 * after each commit that queued notices ({@link #wake}) and on a fixed delay (which also picks up what a crashed
 * instance left: an expired lease is claimable again). {@code cotrain.notification.worker.enabled=false} turns both
 * off (tests call {@link #runOnce} themselves).
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	/** How long a receipt that matches no delivery is kept (the earlier parts of a long SMS, test messages). */
	private static final Duration RECEIPT_RETENTION = Duration.ofDays(3);

	private final TenantProvisioning tenants;
	private final DeliveryStore store;
	private final DeliveryAttempt attempt;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final boolean enabled;
	private final Duration lease;
	private final int batch;
	private final String instance;
	private final Wakeup wakeup;

	DeliveryWorker(TenantProvisioning tenants, DeliveryStore store, DeliveryAttempt attempt, PlatformTransactionManager transactions,
			Clock clock, @Value("${cotrain.notification.worker.enabled:true}") boolean enabled,
			@Value("${cotrain.notification.worker.lease:PT2M}") Duration lease,
			@Value("${cotrain.notification.worker.batch:50}") int batch) {
		this.tenants = tenants;
		this.store = store;
		this.attempt = attempt;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.enabled = enabled;
		this.lease = lease;
		this.batch = batch;
		this.instance = hostName();
		this.wakeup = new Wakeup("notification-worker", enabled, this::runOnce);
	}

	/** Delivers what is due now in every tenant; returns how many deliveries were handled. */
	public int runOnce() {
		return tenants.forEachTenant("Delivering notifications", tenant -> drain());
	}

	/**
	 * Leases up to {@code limit} due deliveries of a tenant for {@code owner} without delivering them (what a worker
	 * that dies right after claiming leaves behind).
	 */
	public List<UUID> claim(TenantId tenant, String owner, int limit) {
		return TenantScope.call(TenantScope.allRegions(tenant), () -> transaction.execute(s -> {
			Instant now = clock.instant();
			return store.claim(owner, now, now.plus(lease), limit);
		}));
	}

	/** Runs {@link #runOnce} soon on the worker's own thread (several wake-ups fold into one run). */
	public void wake() {
		wakeup.wake();
	}

	@Scheduled(fixedDelayString = "${cotrain.notification.worker.poll:PT15S}", initialDelayString = "${cotrain.notification.worker.poll:PT15S}")
	void poll() {
		if (enabled) {
			runOnce();
		}
	}

	@PreDestroy
	void stop() {
		wakeup.close();
	}

	private int drain() {
		TenantId tenant = TenantScope.require().tenant();
		int handled = 0;
		List<UUID> claimed;
		do {
			String owner = instance + "/" + UUID.randomUUID();
			claimed = claim(tenant, owner, batch);
			for (UUID id : claimed) {
				try {
					transaction.executeWithoutResult(s -> attempt.deliver(id, owner));
				}
				catch (RuntimeException e) {
					// the lease stays; once it runs out the delivery is claimed again
					log.warn("Delivery {} failed unexpectedly; it is retried when its lease ends", id, e);
				}
			}
			handled += claimed.size();
		}
		while (claimed.size() == batch);
		Instant now = clock.instant();
		transaction.executeWithoutResult(s -> store.applyEarlyReceipts(now, now.minus(RECEIPT_RETENTION)));
		return handled;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException e) {
			return "cotrain";
		}
	}

	/** The first dispatcher (in {@code @Order}) of each channel. */
	static Map<Channel, ChannelDispatcher> byChannel(List<ChannelDispatcher> dispatchers) {
		return dispatchers.stream()
			.collect(Collectors.toMap(ChannelDispatcher::channel, Function.identity(), (first, later) -> first, () -> new EnumMap<>(Channel.class)));
	}
}
