package io.cotrain.tenancy.security;

import java.io.IOException;
import java.util.List;

import io.cotrain.tenancy.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A check-in screen account ({@link Role#KIOSK}) opens the session screens and nothing else of the product, whatever a
 * controller's roles say: any other path is refused before authorisation (403), and its home page is the list of
 * screens. Placed before the authorisation filter, so the refusal is answered like every other 403.
 */
class KioskConfinement extends OncePerRequestFilter {

	/** What a kiosk may open: static files, the error page, the screens of sessions (module attendance) and their codes. */
	static final List<String> ALLOWED = List.of("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg", "/error",
			"/login", "/logout", "/sessions/screens", "/sessions/{id}/screen", "/sessions/{id}/screen/code", "/api/v1/sessions/{id}/qr");

	/** Where a kiosk lands after login. */
	static final String HOME = "/sessions/screens";

	private final List<PathPattern> allowed = ALLOWED.stream().map(PathPatternParser.defaultInstance::parse).toList();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.user().has(Role.KIOSK)) {
			PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
			if (path.value().equals("/")) {
				response.sendRedirect(request.getContextPath() + HOME);
				return;
			}
			if (allowed.stream().noneMatch(pattern -> pattern.matches(path))) {
				throw new AccessDeniedException("a check-in screen opens session screens only");
			}
		}
		chain.doFilter(request, response);
	}
}
