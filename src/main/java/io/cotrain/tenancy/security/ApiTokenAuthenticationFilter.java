package io.cotrain.tenancy.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer ctp_…}: a personal API token. The token names its tenant, so it is checked in
 * that tenant's scope; a wrong, revoked or expired token is a 401, never a fall-through to anonymous.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final Principals principals;
	private final AuthenticationEntryPoint entryPoint;

	ApiTokenAuthenticationFilter(Principals principals, AuthenticationEntryPoint entryPoint) {
		this.principals = principals;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String raw = header.substring(7).trim();
		Optional<AccountPrincipal> principal = principals.byApiToken(raw).filter(p -> p.isEnabled() && p.isAccountNonLocked());
		if (principal.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("invalid API token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		principal.get().eraseCredentials();
		context.setAuthentication(new ApiTokenAuthentication(principal.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
