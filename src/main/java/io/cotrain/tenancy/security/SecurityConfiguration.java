package io.cotrain.tenancy.security;

import java.io.IOException;

import io.cotrain.portal.UiLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Three filter chains: the REST API (HTTP Basic or personal API token, stateless, no CSRF, problem-detail
 * errors), the actuator (health public, the rest for platform operators) and the UI (form login with CSRF,
 * session fixation protection). Every chain opens the caller's tenant scope after authorisation; API and UI confine
 * check-in screen accounts to the session screens ({@link KioskConfinement}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_UI = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg", "/error", "/v3/api-docs.yaml",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Passwords are checked before the account state, so "locked" or "disabled" is only ever said to someone who
	 * knows the password (no probing which accounts exist or are locked).
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService accounts, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("locked");
			}
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
		return provider;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, Principals principals)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a
				.requestMatchers("/api/v1/platform/**").hasRole("PLATFORM_OPERATOR")
				.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(problems).realmName("CoTrain"))
			.addFilterBefore(new ApiTokenAuthenticationFilter(principals, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new KioskConfinement(), AuthorizationFilter.class)
			.addFilterAfter(new TenantScopeFilter(), AuthorizationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(a -> a
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasRole("PLATFORM_OPERATOR"))
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain uiChain(HttpSecurity http, LocaleResolver locales, Principals principals) throws Exception {
		http.authorizeHttpRequests(a -> a
				.requestMatchers(PUBLIC_UI).permitAll()
				.requestMatchers("/platform/**").hasRole("PLATFORM_OPERATOR")
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login").permitAll()
				.successHandler(rememberLocale(locales))
				.failureHandler(loginFailure()))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(new SessionAccountFilter(principals), AuthorizationFilter.class)
			.addFilterBefore(new KioskConfinement(), AuthorizationFilter.class)
			.addFilterAfter(new TenantScopeFilter(), AuthorizationFilter.class)
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "frame-ancestors 'none'; form-action 'self'")));
		return http.build();
	}

	/** After login the account's stored language applies, unless the browser already chose one. */
	private static SavedRequestAwareAuthenticationSuccessHandler rememberLocale(LocaleResolver locales) {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
					throws IOException, jakarta.servlet.ServletException {
				if (WebUtils.getCookie(request, UiLocales.COOKIE) == null && auth.getPrincipal() instanceof AccountPrincipal p) {
					locales.setLocale(request, response, UiLocales.parse(p.user().locale().toLanguageTag()).orElse(UiLocales.DEFAULT));
				}
				super.onAuthenticationSuccess(request, response, auth);
			}
		};
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> response
			.sendRedirect(request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error"));
	}
}
