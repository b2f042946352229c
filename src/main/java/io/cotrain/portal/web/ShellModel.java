package io.cotrain.portal.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cotrain.portal.HeaderWidget;
import io.cotrain.portal.NavItem;
import io.cotrain.portal.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout needs on every page: the navigation the user's roles allow, the modules' header widgets (as a flat
 * list for the landing page and as the menu of the navigation bar), the current path, and what the modules'
 * {@link PageModel}s add. Applied when a view other than a redirect is rendered.
 */
class ShellModel implements HandlerInterceptor {

	private final List<NavItem> items;
	private final List<HeaderWidget> widgets;
	private final List<PageModel> modules;

	ShellModel(List<NavItem> items, List<HeaderWidget> widgets, List<PageModel> modules) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.widgets = widgets.stream().sorted(Comparator.comparingInt(HeaderWidget::order)).toList();
		this.modules = List.copyOf(modules);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
		if (page == null || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
			return;
		}
		Map<String, Object> shell = new HashMap<>();
		List<NavItem> nav = navItems();
		shell.put("headerWidgets", widgets);
		shell.put("navItems", nav);
		shell.put("navMenu", NavMenu.of(nav, request.getRequestURI()));
		shell.put("currentPath", request.getRequestURI());
		modules.forEach(module -> module.contribute(request, shell));
		shell.forEach(page.getModelMap()::putIfAbsent);
	}

	private List<NavItem> navItems() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return List.of();
		}
		Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
		return items.stream().filter(i -> i.roles().isEmpty() ? !roles.isEmpty() : i.roles().stream().anyMatch(roles::contains))
			.toList();
	}
}
