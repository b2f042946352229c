package io.cotrain.notification.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cotrain.notification.Channel;
import io.cotrain.notification.NotificationTemplate;
import io.cotrain.notification.channel.sms.SmsSize;
import io.cotrain.notification.template.Templates;
import io.cotrain.notification.template.Templates.Wording;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * HR's template editor: every declared template, its wording per channel and locale (the tenant's override or the
 * default), an edit form with a live preview filled with sample values (and the SMS length), and reset to default.
 */
@Controller
@PreAuthorize("hasRole('HR_ADMIN')")
@RequestMapping("/notifications/templates")
class TemplatesController {

	private static final Set<String> FIELDS = Set.of("subject", "body", "locale");
	private static final String SAMPLE = "sample.";

	private final Templates templates;
	private final TemplateTexts texts;
	private final MessageSource messages;

	TemplatesController(Templates templates, TemplateTexts texts, MessageSource messages) {
		this.templates = templates;
		this.texts = texts;
		this.messages = messages;
	}

	/** One wording being edited; channel and locale are hidden fields of the form. */
	record Form(Channel channel, String locale, String subject, String body) {
	}

	record Row(NotificationTemplate template, String label, List<String> parameters, long overrides) {
	}

	@GetMapping
	@PreAuthorize("hasRole('HR_ADMIN')")
	String list(Model model, Locale locale) {
		model.addAttribute("rows", templates.declaredTemplates().stream()
			.map(t -> new Row(t, texts.label(t, locale), TemplateTexts.parameters(t),
					templates.wordings(t.key()).stream().filter(Wording::override).count()))
			.toList());
		return "notification/templates";
	}

	@GetMapping("/{key}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String show(@PathVariable String key, Model model, Locale locale) {
		NotificationTemplate template = template(key);
		Map<Channel, List<Wording>> byChannel = new LinkedHashMap<>();
		templates.wordings(key).forEach(w -> byChannel.computeIfAbsent(w.channel(), c -> new ArrayList<>()).add(w));
		model.addAttribute("template", template);
		model.addAttribute("label", texts.label(template, locale));
		model.addAttribute("parameters", TemplateTexts.parameters(template));
		model.addAttribute("wordings", byChannel);
		return "notification/template";
	}

	@GetMapping("/{key}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String initEdit(@PathVariable String key, @RequestParam(defaultValue = "IN_APP") Channel channel,
			@RequestParam(defaultValue = "zh-CN") String locale, Model model, Locale uiLocale) {
		Wording wording = templates.wording(key, channel, locale);
		model.addAttribute("form", new Form(channel, locale, wording.subject(), wording.body()));
		model.addAttribute("override", wording.override());
		Map<String, String> samples = texts.samples(template(key), locale);
		preview(key, channel, wording.subject(), wording.body(), samples, model);
		return edit(key, samples, model, uiLocale);
	}

	@PostMapping("/{key}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String processEdit(@PathVariable String key, @ModelAttribute("form") Form form, BindingResult result,
			@RequestParam Map<String, String> params, Model model, Locale uiLocale, RedirectAttributes flash) {
		Wording before = wordingOf(key, form);
		try {
			templates.save(key, form.channel(), form.locale(), form.subject(), form.body());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			model.addAttribute("override", before.override());
			Map<String, String> samples = samples(key, form.locale(), params);
			preview(key, form.channel(), form.subject(), form.body(), samples, model);
			return edit(key, samples, model, uiLocale);
		}
		flash.addFlashAttribute("saved", form.channel() + "/" + form.locale());
		return redirect(key);
	}

	@PostMapping("/{key}/reset")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String reset(@PathVariable String key, @RequestParam Channel channel, @RequestParam String locale, RedirectAttributes flash) {
		if (templates.reset(key, channel, locale)) {
			flash.addFlashAttribute("reset", channel + "/" + locale);
		}
		return redirect(key);
	}

	/** The preview fragment for the form's current text and sample values ({@code sample.<parameter>} fields). */
	@PostMapping("/{key}/preview")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String preview(@PathVariable String key, @RequestParam(defaultValue = "IN_APP") Channel channel,
			@RequestParam(defaultValue = "zh-CN") String locale, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String body, @RequestParam Map<String, String> params, Model model) {
		template(key);
		preview(key, channel, subject, body, samples(key, locale, params), model);
		return "notification/template-edit :: preview";
	}

	private void preview(String key, Channel channel, String subject, String body, Map<String, String> samples, Model model) {
		try {
			Templates.Rendered rendered = templates.preview(key, subject, body, samples);
			model.addAttribute("preview", rendered);
			model.addAttribute("sms", channel == Channel.SMS ? SmsSize.of(rendered.body()) : null);
		}
		catch (RuleViolationException e) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("problems", e.violations().stream()
				.map(v -> messages.getMessage(v.code(), v.args(), v.code(), locale)).distinct().toList());
		}
	}

	private String edit(String key, Map<String, String> samples, Model model, Locale uiLocale) {
		NotificationTemplate template = template(key);
		model.addAttribute("template", template);
		model.addAttribute("label", texts.label(template, uiLocale));
		model.addAttribute("parameters", TemplateTexts.parameters(template));
		model.addAttribute("samples", samples);
		return "notification/template-edit";
	}

	/** The samples of the request ({@code sample.<parameter>}), the defaults for those it does not send. */
	private Map<String, String> samples(String key, String locale, Map<String, String> params) {
		Map<String, String> samples = texts.samples(template(key), Templates.LOCALES.contains(locale) ? locale : "zh-CN");
		samples.replaceAll((name, fallback) -> params.getOrDefault(SAMPLE + name, fallback));
		return samples;
	}

	/** The wording the form edits; a channel or locale that is none of ours is not found. */
	private Wording wordingOf(String key, Form form) {
		if (form.channel() == null) {
			throw new NotFoundException("notification-template-channel", key);
		}
		return templates.wording(key, form.channel(), form.locale());
	}

	private NotificationTemplate template(String key) {
		return templates.declared(key).orElseThrow(() -> new NotFoundException("notification-template", key));
	}

	private static String redirect(String key) {
		return "redirect:" + UriComponentsBuilder.fromPath("/notifications/templates/{key}").buildAndExpand(key).encode().toUriString();
	}
}
