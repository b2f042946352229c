package io.cotrain.employee.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tags", description = "Typed employee tags (unique name per type)")
@RestController
@RequestMapping("/api/v1/tags")
class TagApiController {

	private final Tags tags;

	TagApiController(Tags tags) {
		this.tags = tags;
	}

	record TagInput(TagType type, String name) {
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	List<TagView> list() {
		return tags.list();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	TagView get(@PathVariable UUID id) {
		return tags.get(new TagId(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('HR_ADMIN')")
	TagView create(@RequestBody TagInput in) {
		return tags.create(in.type(), in.name());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	TagView update(@PathVariable UUID id, @RequestBody TagInput in) {
		return tags.update(new TagId(id), in.type(), in.name());
	}

	@Operation(summary = "Delete the tag; it is removed from every employee")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('HR_ADMIN')")
	void delete(@PathVariable UUID id) {
		tags.delete(new TagId(id));
	}
}
