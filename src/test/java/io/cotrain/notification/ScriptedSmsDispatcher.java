package io.cotrain.notification;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.ChannelDispatcher;
import io.cotrain.notification.channel.Message;
import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An SMS dispatcher for the notification tests, first in order: for a tenant a test has scripted it answers the
 * scripted outcomes (then "sent") and records the messages; for every other tenant it hands over to the product's
 * own SMS dispatcher, or reports the channel as not configured when there is none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ScriptedSmsDispatcher implements ChannelDispatcher {

	private final Map<TenantId, Deque<Attempt>> scripts = new ConcurrentHashMap<>();
	private final Map<TenantId, List<Message>> received = new ConcurrentHashMap<>();
	private final ObjectProvider<ChannelDispatcher> dispatchers;

	ScriptedSmsDispatcher(ObjectProvider<ChannelDispatcher> dispatchers) {
		this.dispatchers = dispatchers;
	}

	/** From now on this tenant's SMS answer these outcomes in turn, then {@link Attempt#sent}. */
	public void script(TenantId tenant, Attempt... outcomes) {
		scripts.put(tenant, new ArrayDeque<>(List.of(outcomes)));
		received.put(tenant, new CopyOnWriteArrayList<>());
	}

	public List<Message> received(TenantId tenant) {
		return received.getOrDefault(tenant, List.of());
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public Attempt deliver(Message message) {
		TenantId tenant = TenantScope.require().tenant();
		Deque<Attempt> script = scripts.get(tenant);
		if (script == null) {
			return dispatchers.orderedStream().filter(d -> d != this && d.channel() == Channel.SMS).findFirst()
				.map(d -> d.deliver(message)).orElse(Attempt.failed(NOT_CONFIGURED));
		}
		received.get(tenant).add(message);
		Attempt next = script.poll();
		return next != null ? next : Attempt.sent("sms-" + received.get(tenant).size());
	}
}
