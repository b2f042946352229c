package io.cotrain.portal.web;

import io.cotrain.portal.UiLocaleChosen;
import io.cotrain.portal.UiLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=en} or {@code ?lang=zh-CN} on any page switches the UI language; unsupported values are
 * ignored. A signed-in user's choice is also stored on the account (it decides the language of notices).
 */
class LanguageSwitch implements HandlerInterceptor {

	private final LocaleResolver resolver;
	private final ApplicationEventPublisher events;

	LanguageSwitch(LocaleResolver resolver, ApplicationEventPublisher events) {
		this.resolver = resolver;
		this.events = events;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		UiLocales.parse(request.getParameter("lang")).ifPresent(locale -> {
			resolver.setLocale(request, response, locale);
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
				events.publishEvent(new UiLocaleChosen(locale));
			}
		});
		return true;
	}
}
