package io.cotrain.notification.web;

import java.util.List;
import java.util.Locale;

import io.cotrain.notification.Channel;
import io.cotrain.notification.NotificationTemplate;
import io.cotrain.notification.template.Templates;
import io.cotrain.notification.template.Templates.Wording;
import io.cotrain.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's notification wording for integrators: declared templates with their wording in force, overrides. */
@Tag(name = "Notification templates", description = "Declared notice templates and the tenant's overrides of their wording")
@RestController
@PreAuthorize("hasRole('HR_ADMIN')")
class TemplatesApiController {

	private static final String WORDING = "/api/v1/notification-templates/{key}/{channel}/{locale}";

	private final Templates templates;
	private final TemplateTexts texts;

	TemplatesApiController(Templates templates, TemplateTexts texts) {
		this.templates = templates;
		this.texts = texts;
	}

	/**
	 * @param wordings the wording in force per channel and locale ({@code override}: the tenant's own, else the default)
	 */
	record Template(String key, String label, List<String> parameters, List<Wording> wordings) {
	}

	record WordingInput(String subject, String body) {
	}

	@Operation(summary = "Every declared template with its parameters and its wording in force per channel and locale")
	@GetMapping("/api/v1/notification-templates")
	@PreAuthorize("hasRole('HR_ADMIN')")
	List<Template> list(Locale locale) {
		return templates.declaredTemplates().stream()
			.map(t -> new Template(t.key(), texts.label(t, locale), TemplateTexts.parameters(t), templates.wordings(t.key())))
			.toList();
	}

	@Operation(summary = "Saves the tenant's wording of a template for a channel and locale (zh-CN or en); "
			+ "422 with field errors for a blank text or an undeclared {parameter}")
	@PutMapping(WORDING)
	@PreAuthorize("hasRole('HR_ADMIN')")
	Wording save(@PathVariable String key, @PathVariable Channel channel, @PathVariable String locale,
			@RequestBody WordingInput in) {
		require(key);
		templates.save(key, channel, locale, in.subject(), in.body());
		return templates.wording(key, channel, locale);
	}

	@Operation(summary = "Deletes the tenant's wording, so the default applies again (204 also when there was none)")
	@DeleteMapping(WORDING)
	@PreAuthorize("hasRole('HR_ADMIN')")
	ResponseEntity<Void> reset(@PathVariable String key, @PathVariable Channel channel, @PathVariable String locale) {
		require(key);
		templates.reset(key, channel, locale);
		return ResponseEntity.noContent().build();
	}

	private NotificationTemplate require(String key) {
		return templates.declared(key).orElseThrow(() -> new NotFoundException("notification-template", key));
	}
}
