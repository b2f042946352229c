package io.cotrain.portal.web;

import java.time.Duration;

import java.util.List;

import io.cotrain.portal.HeaderWidget;
import io.cotrain.portal.NavItem;
import io.cotrain.portal.PageModel;
import io.cotrain.portal.UiLocales;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ApplicationEventPublisher events;
	private final ShellModel shell;

	WebConfiguration(ApplicationEventPublisher events, List<NavItem> items, List<HeaderWidget> widgets, List<PageModel> modules) {
		this.events = events;
		this.shell = new ShellModel(items, widgets, modules);
	}

	/**
	 * Pages are zh-CN unless the browser chose otherwise with {@code ?lang=} (remembered for a year); API
	 * clients, which keep no cookie, are answered in their {@code Accept-Language} when it is supported.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(UiLocales.COOKIE);
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
				? UiLocales.parse(request.getHeader("Accept-Language")).orElse(UiLocales.DEFAULT) : UiLocales.DEFAULT);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(shell).excludePathPatterns("/api/**");
		registry.addInterceptor(new LanguageSwitch(localeResolver(), events)).excludePathPatterns("/api/**");
		// pages answer htmx requests with fragments on the same URL: caches must keep the two apart
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.addHeader("Vary", "HX-Request");
				return true;
			}
		}).excludePathPatterns("/api/**");
	}
}
