package io.cotrain.notification.web;

import java.util.Set;

import io.cotrain.portal.HeaderWidget;
import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inbox in the user menu, its unread badge in the navigation bar of every page, HR's channel settings, delivery log and template editor. */
@Configuration(proxyBeanMethods = false)
class NotificationUi {

	@Bean
	NavItem inboxNavItem() {
		return new NavItem("nav.inbox", null, "/inbox", Set.of(), 5).in(NavGroup.ACCOUNT);
	}

	@Bean
	NavItem deliveryLogNavItem() {
		return new NavItem("nav.deliveries", "nav.deliveries.description", "/notifications/deliveries", Set.of("HR_ADMIN"), 840)
			.in(NavGroup.SYSTEM);
	}

	@Bean
	NavItem channelsNavItem() {
		return new NavItem("nav.channels", "nav.channels.description", "/notifications/channels", Set.of("HR_ADMIN"), 835)
			.in(NavGroup.SYSTEM);
	}

	@Bean
	NavItem templatesNavItem() {
		return new NavItem("nav.notificationTemplates", "nav.notificationTemplates.description", "/notifications/templates",
				Set.of("HR_ADMIN"), 850).in(NavGroup.SYSTEM);
	}

	@Bean
	HeaderWidget inboxBadge() {
		return new HeaderWidget("notification/inbox", "badge", 10);
	}
}
