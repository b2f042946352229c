package io.cotrain.training.material.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.Tags;
import io.cotrain.files.FileResponses;
import io.cotrain.files.FileSettings;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials;
import io.cotrain.training.Materials.Kind;
import io.cotrain.training.Materials.Material;
import io.cotrain.training.Materials.MaterialForm;
import io.cotrain.training.Materials.MaterialQuery;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library's pages: the list with filters, a new file or link, edit (replace the file), delete, and opening a material. */
@Controller
@PreAuthorize(MaterialAccess.READ)
class MaterialsController {

	private static final Set<String> FIELDS = Set.of("code", "title", "description", "audience", "tagIds", "url", "file");

	private final Materials materials;
	private final Tags tags;
	private final TenantSettings settings;

	MaterialsController(Materials materials, Tags tags, TenantSettings settings) {
		this.materials = materials;
		this.tags = tags;
		this.settings = settings;
	}

	/** The form of a new or changed material; {@code file} is the chosen file of a FILE material (multipart). */
	record Form(String kind, String code, String title, String description, String audience, List<UUID> tagIds, String url,
			MultipartFile file) {

		MaterialForm material() {
			return new MaterialForm(code, title, description, MaterialAccess.audience(audience), tagIds, url);
		}

		boolean link() {
			return Kind.LINK.name().equals(kind);
		}

		static Form of(Material m) {
			return new Form(m.kind().name(), m.code(), m.title(), m.description(), m.audience().name(),
					m.tags().stream().map(t -> t.id().value()).toList(), m.url(), null);
		}
	}

	@GetMapping("/materials")
	@PreAuthorize(MaterialAccess.READ)
	String list(@RequestParam(required = false) String audience, @RequestParam(required = false) UUID tagId,
			@RequestParam(required = false) String q, Model model) {
		Audience chosen = MaterialAccess.audience(audience);
		model.addAttribute("materials", materials.list(new MaterialQuery(chosen, tagId, q)));
		model.addAttribute("audience", chosen);
		model.addAttribute("tagId", tagId);
		model.addAttribute("q", q);
		model.addAttribute("tags", tags.list());
		model.addAttribute("audiences", Audience.values());
		return "training/materials";
	}

	@GetMapping("/materials/new")
	@PreAuthorize(MaterialAccess.WRITE)
	String newForm(@RequestParam(defaultValue = "FILE") String kind, Model model) {
		String chosen = Kind.LINK.name().equals(kind) ? Kind.LINK.name() : Kind.FILE.name();
		model.addAttribute("form", new Form(chosen, "", "", "", Audience.JOINT.name(), List.of(), "", null));
		return form(model, null);
	}

	@PostMapping("/materials/new")
	@PreAuthorize(MaterialAccess.WRITE)
	String create(@ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				Material created = form.link() ? materials.createLink(form.material())
						: materials.createFile(form.material(), MaterialAccess.upload(form.file()));
				flash.addFlashAttribute("done", "created");
				flash.addFlashAttribute("doneTitle", created.title());
				return "redirect:/materials";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, FIELDS);
			}
		}
		return form(model, null);
	}

	@GetMapping("/materials/{materialId}/edit")
	@PreAuthorize(MaterialAccess.WRITE)
	String editForm(@PathVariable UUID materialId, Model model) {
		Material material = materials.get(materialId);
		model.addAttribute("form", Form.of(material));
		return form(model, material);
	}

	@PostMapping("/materials/{materialId}/edit")
	@PreAuthorize(MaterialAccess.WRITE)
	String update(@PathVariable UUID materialId, @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Material material = materials.get(materialId);
		Form posted = new Form(material.kind().name(), form.code(), form.title(), form.description(), form.audience(), form.tagIds(),
				form.url(), form.file());
		if (!result.hasErrors()) {
			try {
				materials.update(materialId, posted.material(), MaterialAccess.upload(form.file()));
				flash.addFlashAttribute("done", "saved");
				flash.addFlashAttribute("doneTitle", posted.title());
				return "redirect:/materials";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, FIELDS);
			}
		}
		return form(model, material);
	}

	@PostMapping("/materials/{materialId}/delete")
	@PreAuthorize(MaterialAccess.WRITE)
	String delete(@PathVariable UUID materialId, @RequestParam(required = false) String confirm, RedirectAttributes flash) {
		Material material = materials.get(materialId);
		if (!"on".equals(confirm)) {
			return "redirect:/materials/" + materialId + "/edit";
		}
		materials.delete(materialId);
		flash.addFlashAttribute("done", "deleted");
		flash.addFlashAttribute("doneTitle", material.title());
		return "redirect:/materials";
	}

	/** A FILE shown (PDF, images) or downloaded; a LINK followed. Learners and mentors: materials of their groups only. */
	@GetMapping("/materials/{materialId}/file")
	@PreAuthorize(MaterialAccess.OPEN)
	ResponseEntity<?> open(@PathVariable UUID materialId) {
		Materials.Opened opened = materials.open(materialId);
		if (opened.content() != null) {
			return FileResponses.inline(opened.content());
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(opened.url())).build();
	}

	private String form(Model model, Material editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("tags", tags.list());
		model.addAttribute("audiences", Arrays.asList(Audience.values()));
		model.addAttribute("maxSizeMb", settings.get(FileSettings.MAX_SIZE_MB));
		return "training/material-form";
	}
}
