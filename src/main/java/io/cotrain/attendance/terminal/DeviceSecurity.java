package io.cotrain.attendance.terminal;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The device endpoints are called by terminals, not people: {@code /iclock/**} (ZKTeco, identified by SN) and
 * {@code /api/v1/devices/hikvision/**} (identified by the token in the path) get their own filter chain ahead of the API
 * chain — no login, no session, no CSRF — and the {@link DeviceGate} (rate limit, body limit) in front of everything else.
 * The other {@code /api/v1/devices} endpoints stay on the normal API chain.
 */
@Configuration(proxyBeanMethods = false)
class DeviceSecurity {

	static final String[] PATHS = { "/iclock/**", DeviceGate.HIKVISION_PATH + "**" };

	@Bean
	@Order(0)
	SecurityFilterChain deviceChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.securityContext(c -> c.requireExplicitSave(true));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<DeviceGate> deviceGate(TerminalProperties properties, Clock clock) {
		FilterRegistrationBean<DeviceGate> registration = new FilterRegistrationBean<>(new DeviceGate(properties, clock));
		registration.addUrlPatterns("/iclock/*", DeviceGate.HIKVISION_PATH + "*");
		// before Spring Security's chain (-100): refused requests cost no more than this
		registration.setOrder(-200);
		return registration;
	}
}
