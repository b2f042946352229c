package io.cotrain.portal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cotrain.portal.HeaderWidget;
import io.cotrain.portal.NavItem;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the navigation the user's roles allow, the modules' header widgets (as a flat list for the landing page
 * and as the menu of the navigation bar) and the current path.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

	private final List<NavItem> items;
	private final List<HeaderWidget> widgets;

	ShellAdvice(List<NavItem> items, List<HeaderWidget> widgets) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.widgets = widgets.stream().sorted(Comparator.comparingInt(HeaderWidget::order)).toList();
	}

	@ModelAttribute("headerWidgets")
	List<HeaderWidget> headerWidgets() {
		return widgets;
	}

	@ModelAttribute("navItems")
	List<NavItem> navItems() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return List.of();
		}
		Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
		return items.stream().filter(i -> i.roles().isEmpty() ? !roles.isEmpty() : i.roles().stream().anyMatch(roles::contains))
			.toList();
	}

	@ModelAttribute("navMenu")
	NavMenu navMenu(HttpServletRequest request) {
		return NavMenu.of(navItems(), request.getRequestURI());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
