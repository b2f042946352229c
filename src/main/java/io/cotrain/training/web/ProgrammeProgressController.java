package io.cotrain.training.web;

import java.util.UUID;

import io.cotrain.training.Programmes;
import io.cotrain.training.Progress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** HR's view of an active programme's progress: every group with its members' paths side by side. */
@Controller
class ProgrammeProgressController {

	private final Programmes programmes;
	private final Progress progress;

	ProgrammeProgressController(Programmes programmes, Progress progress) {
		this.programmes = programmes;
		this.progress = progress;
	}

	@GetMapping("/programmes/{id}/progress")
	@PreAuthorize(ProgrammeApiController.READ)
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("programme", programmes.get(id));
		model.addAttribute("groups", progress.groups(id));
		return "training/programme-progress";
	}
}
