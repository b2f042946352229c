package io.cotrain.tenancy.security;

import java.io.IOException;

import io.cotrain.tenancy.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the signed-in account's {@link TenantScope} for the rest of the request, and names tenant and user
 * in every log line ({@code %X{tenant}/%X{user}}).
 */
class TenantScopeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (!(auth != null && auth.getPrincipal() instanceof AccountPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		MDC.put("tenant", principal.user().tenant().code());
		MDC.put("user", principal.getUsername());
		try {
			TenantScope.call(principal.user().scope(), () -> {
				try {
					chain.doFilter(request, response);
					return null;
				}
				catch (IOException | ServletException e) {
					throw new FilterFailure(e);
				}
			});
		}
		catch (FilterFailure failure) {
			if (failure.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) failure.getCause();
		}
		finally {
			MDC.remove("tenant");
			MDC.remove("user");
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** Async work (SSE, deferred results) continues in the caller's scope. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	private static final class FilterFailure extends RuntimeException {
		FilterFailure(Exception cause) {
			super(cause);
		}
	}
}
