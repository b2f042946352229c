package io.cotrain.tenancy.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** Public: the login form (a signed-in user goes home). */
	@GetMapping("/login")
	String login(Authentication auth) {
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) ? "redirect:/" : "login";
	}
}
