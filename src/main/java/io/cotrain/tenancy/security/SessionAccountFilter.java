package io.cotrain.tenancy.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session's account current: what HR changes (roles, regions) applies on the user's next request, and
 * a disabled, locked or removed account loses its session at once instead of at its next login.
 */
class SessionAccountFilter extends OncePerRequestFilter {

	private final Principals principals;
	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionAccountFilter(Principals principals) {
		this.principals = principals;
	}

	/** Static files need no account check. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/favicon");
	}

	/** After the owner changed the password in this session, the session continues with the new state. */
	static void keepSession(Principals principals, HttpServletRequest request, HttpServletResponse response) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal current) {
			principals.reload(current).ifPresent(fresh -> {
				fresh.eraseCredentials();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
				SecurityContextHolder.setContext(context);
				new HttpSessionSecurityContextRepository().saveContext(context, request, response);
			});
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (!(auth != null && auth.getPrincipal() instanceof AccountPrincipal current)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountPrincipal> fresh = principals.refresh(current);
		if (fresh.isEmpty()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		if (fresh.get() != current) {
			fresh.get().eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null,
					fresh.get().getAuthorities()));
			SecurityContextHolder.setContext(context);
			repository.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}
}
