package io.cotrain.portal.web;

import java.util.Comparator;
import java.util.List;

import io.cotrain.portal.DashboardTile;
import io.cotrain.portal.DashboardTile.Figure;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: the figures every module contributes for the signed-in user. */
@Controller
class HomeController {

	private final List<DashboardTile> tiles;

	HomeController(List<DashboardTile> tiles) {
		this.tiles = tiles;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(Authentication user, Model model) {
		model.addAttribute("figures", tiles.stream().flatMap(t -> t.figures(user).stream())
			.sorted(Comparator.comparingInt(Figure::order)).toList());
		return "home";
	}
}
