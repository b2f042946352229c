package io.cotrain.training.material.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.files.FileResponses;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials;
import io.cotrain.training.Materials.Material;
import io.cotrain.training.Materials.MaterialForm;
import io.cotrain.training.Materials.MaterialQuery;
import io.cotrain.training.Materials.MatchedMaterial;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Materials", description = "The materials library: files (documents and images, checked and stored once per "
		+ "tenant) or links, with audience and tags, matched to collaboration groups")
@RestController
class MaterialApiController {

	private final Materials materials;

	MaterialApiController(Materials materials) {
		this.materials = materials;
	}

	@GetMapping("/api/v1/materials")
	@PreAuthorize(MaterialAccess.READ)
	List<Material> list(@RequestParam(required = false) Audience audience, @RequestParam(required = false) UUID tagId,
			@RequestParam(required = false) String q) {
		return materials.list(new MaterialQuery(audience, tagId, q));
	}

	@Operation(summary = "A FILE material: multipart/form-data with the part `file` and the fields code, title, description, "
			+ "audience (CLERK, CADRE, JOINT) and tagIds (repeated)")
	@PostMapping(path = "/api/v1/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(MaterialAccess.WRITE)
	Material createFile(@ModelAttribute MaterialAccess.Fields fields, @RequestParam(required = false) MultipartFile file) {
		return materials.createFile(fields.form(), MaterialAccess.upload(file));
	}

	@Operation(summary = "A LINK material: JSON {code, title, description, audience, tagIds, url (http or https)}")
	@PostMapping(path = "/api/v1/materials", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(MaterialAccess.WRITE)
	Material createLink(@RequestBody MaterialForm form) {
		return materials.createLink(form);
	}

	@GetMapping("/api/v1/materials/{materialId}")
	@PreAuthorize(MaterialAccess.READ)
	Material get(@PathVariable UUID materialId) {
		return materials.get(materialId);
	}

	@Operation(summary = "Change a material: JSON {code, title, description, audience, tagIds, url (links only)}; the kind stays")
	@PutMapping(path = "/api/v1/materials/{materialId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(MaterialAccess.WRITE)
	Material update(@PathVariable UUID materialId, @RequestBody MaterialForm form) {
		return materials.update(materialId, form, null);
	}

	@Operation(summary = "Change a FILE material and replace its file: multipart/form-data as for creating (`file` optional)")
	@PutMapping(path = "/api/v1/materials/{materialId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(MaterialAccess.WRITE)
	Material replace(@PathVariable UUID materialId, @ModelAttribute MaterialAccess.Fields fields,
			@RequestParam(required = false) MultipartFile file) {
		return materials.update(materialId, fields.form(), MaterialAccess.upload(file));
	}

	@DeleteMapping("/api/v1/materials/{materialId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(MaterialAccess.WRITE)
	void delete(@PathVariable UUID materialId) {
		materials.delete(materialId);
	}

	@Operation(summary = "Open a material: a FILE's content (PDF and images inline, others as attachment), a LINK as "
			+ "{id, title, url}; HR, region admins and auditors any, everyone else only materials matched to their groups "
			+ "(404 otherwise)")
	@GetMapping("/api/v1/materials/{materialId}/file")
	@PreAuthorize(MaterialAccess.OPEN)
	ResponseEntity<?> open(@PathVariable UUID materialId) {
		Materials.Opened opened = materials.open(materialId);
		if (opened.content() != null) {
			return FileResponses.inline(opened.content());
		}
		return ResponseEntity.ok(Map.of("id", opened.material().id(), "title", opened.material().title(), "url", opened.url()));
	}

	@Operation(summary = "The materials matched to a collaboration group, with the reason (audience, shared tags)")
	@GetMapping("/api/v1/programmes/{id}/groups/{groupId}/materials")
	@PreAuthorize(MaterialAccess.GROUP)
	List<MatchedMaterial> forGroup(@PathVariable UUID id, @PathVariable UUID groupId) {
		return materials.forGroup(id, groupId);
	}
}
