package io.cotrain.notification.web;

import java.util.Set;

import io.cotrain.portal.HeaderWidget;
import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inbox in the user menu and its unread badge in the navigation bar of every page. */
@Configuration(proxyBeanMethods = false)
class NotificationUi {

	@Bean
	NavItem inboxNavItem() {
		return new NavItem("nav.inbox", null, "/inbox", Set.of(), 5).in(NavGroup.ACCOUNT);
	}

	@Bean
	HeaderWidget inboxBadge() {
		return new HeaderWidget("notification/inbox", "badge", 10);
	}
}
