package io.cotrain.notification.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.notification.Channel;
import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.mail.MailSettings;
import io.cotrain.notification.channel.robot.RobotSettings;
import io.cotrain.notification.channel.sms.HttpSmsSettings;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.notification.delivery.Preferences;
import io.cotrain.notification.delivery.Reason;
import io.cotrain.notification.delivery.TestMessages;
import io.cotrain.notification.dispatch.ChannelConfigs;
import io.cotrain.notification.dispatch.ChannelConfigs.Summary;
import io.cotrain.notification.dispatch.Provider;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR's channel settings: the SMS gateway (SMPP or HTTP), the mail server, group robots (the tenant's and per region),
 * the tenant-wide switch of each channel, and "send test message" with the gateway's answer shown at once. Secrets
 * are never shown again: a blank secret field keeps the stored one.
 */
@Controller
@RequestMapping("/notifications/channels")
@PreAuthorize("hasRole('HR_ADMIN')")
class ChannelsController {

	private static final Set<String> SMS_FIELDS = Set.of("provider", "host", "port", "systemId", "password", "systemType",
			"sourceAddress", "sourceTon", "sourceNpi", "smscZone", "url", "authHeaderName", "authHeaderValue", "bodyTemplate",
			"messageIdPointer");
	private static final Set<String> MAIL_FIELDS = Set.of("host", "port", "username", "password", "security", "fromAddress",
			"fromName");
	private static final Set<String> ROBOT_FIELDS = Set.of("region", "kind", "webhookUrl", "secret");

	private final ChannelConfigs configs;
	private final Preferences preferences;
	private final TestMessages tests;
	private final TenantDirectory directory;
	private final Accounts accounts;

	ChannelsController(ChannelConfigs configs, Preferences preferences, TestMessages tests, TenantDirectory directory,
			Accounts accounts) {
		this.configs = configs;
		this.preferences = preferences;
		this.tests = tests;
		this.directory = directory;
		this.accounts = accounts;
	}

	record SmsForm(Provider provider, String host, Integer port, String systemId, String password, String systemType,
			String sourceAddress, Integer sourceTon, Integer sourceNpi, String smscZone, String url, String authHeaderName,
			String authHeaderValue, String bodyTemplate, String messageIdPointer) {

		static SmsForm empty() {
			return new SmsForm(Provider.SMPP, "", 2775, "", "", "", "", null, null, "Asia/Shanghai", "", "Authorization", "",
					"{\"mobile\":\"{{to}}\",\"content\":\"{{text}}\"}", "");
		}

		static SmsForm of(Record settings) {
			if (settings instanceof SmppSettings s) {
				return new SmsForm(Provider.SMPP, s.host(), s.port(), s.systemId(), "", s.systemType(), s.sourceAddress(), s.sourceTon(),
						s.sourceNpi(), s.smscZone().getId(), "", "Authorization", "", empty().bodyTemplate(), "");
			}
			HttpSmsSettings s = (HttpSmsSettings) settings;
			return new SmsForm(Provider.HTTP, "", 2775, "", "", "", "", null, null, "Asia/Shanghai", s.url(), s.authHeaderName(), "",
					s.bodyTemplate(), s.messageIdPointer());
		}

		Record settings() {
			if (provider == Provider.HTTP) {
				return new HttpSmsSettings(url, authHeaderName, authHeaderValue, bodyTemplate, messageIdPointer, null, null);
			}
			ZoneId zone;
			try {
				zone = smscZone == null || smscZone.isBlank() ? null : ZoneId.of(smscZone.strip());
			}
			catch (DateTimeException e) {
				throw RuleViolationException.of("smscZone", "notification.channel.zoneInvalid");
			}
			return new SmppSettings(host, port == null ? 0 : port, systemId, password, systemType, sourceAddress, sourceTon, sourceNpi,
					null, null, null, zone);
		}
	}

	record MailForm(String host, Integer port, String username, String password, MailSettings.Security security,
			String fromAddress, String fromName) {

		static MailForm empty() {
			return new MailForm("", 465, "", "", MailSettings.Security.SSL, "", "");
		}

		static MailForm of(MailSettings s) {
			return new MailForm(s.host(), s.port(), s.username(), "", s.security(), s.fromAddress(), s.fromName());
		}

		MailSettings settings() {
			return new MailSettings(host, port, blankToNull(username), blankToNull(password), security, fromAddress,
					blankToNull(fromName), null, null, null);
		}
	}

	record RobotForm(UUID region, RobotSettings.Kind kind, String webhookUrl, String secret) {

		static RobotForm empty() {
			return new RobotForm(null, RobotSettings.Kind.DINGTALK, "", "");
		}

		RobotSettings settings() {
			return new RobotSettings(kind, webhookUrl, blankToNull(secret));
		}
	}

	@GetMapping
	String show(Model model) {
		List<Summary> summaries = configs.summaries();
		Summary sms = find(summaries, Channel.SMS);
		Summary mail = find(summaries, Channel.MAIL);
		if (!model.containsAttribute("smsForm")) {
			model.addAttribute("smsForm", sms == null ? SmsForm.empty() : SmsForm.of(sms.settings()));
		}
		if (!model.containsAttribute("mailForm")) {
			model.addAttribute("mailForm", mail == null ? MailForm.empty() : MailForm.of((MailSettings) mail.settings()));
		}
		if (!model.containsAttribute("robotForm")) {
			model.addAttribute("robotForm", RobotForm.empty());
		}
		model.addAttribute("sms", sms);
		model.addAttribute("mail", mail);
		model.addAttribute("robots", summaries.stream().filter(s -> s.channel() == Channel.ROBOT).toList());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("regionNames", directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, RegionInfo::name)));
		Map<Channel, Boolean> switches = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			switches.put(channel, preferences.enabled(channel, null));
		}
		model.addAttribute("switches", switches);
		model.addAttribute("providers", List.of(Provider.SMPP, Provider.HTTP));
		model.addAttribute("securities", MailSettings.Security.values());
		model.addAttribute("kinds", RobotSettings.Kind.values());
		return "notification/channels";
	}

	@PostMapping("/sms")
	String saveSms(@ModelAttribute("smsForm") SmsForm form, BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				configs.save(null, form.settings(), true, me().username());
				flash.addFlashAttribute("saved", "SMS");
				return "redirect:/notifications/channels#sms";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, SMS_FIELDS);
			}
		}
		return show(model);
	}

	@PostMapping("/mail")
	String saveMail(@ModelAttribute("mailForm") MailForm form, BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				configs.save(null, form.settings(), true, me().username());
				flash.addFlashAttribute("saved", "MAIL");
				return "redirect:/notifications/channels#mail";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, MAIL_FIELDS);
			}
		}
		return show(model);
	}

	@PostMapping("/robots")
	String saveRobot(@ModelAttribute("robotForm") RobotForm form, BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				configs.save(form.region() == null ? null : new RegionId(form.region()), form.settings(), true, me().username());
				flash.addFlashAttribute("saved", "ROBOT");
				return "redirect:/notifications/channels#robots";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, ROBOT_FIELDS);
			}
		}
		return show(model);
	}

	@PostMapping("/remove")
	String remove(@RequestParam Channel channel, @RequestParam(required = false) UUID region, RedirectAttributes flash) {
		if (configs.remove(channel, region == null ? null : new RegionId(region))) {
			flash.addFlashAttribute("removed", channel.name());
		}
		return "redirect:/notifications/channels";
	}

	/** The tenant-wide switch of a channel (users may still switch it off for themselves). */
	@PostMapping("/switch")
	String toggle(@RequestParam Channel channel, @RequestParam boolean enabled, RedirectAttributes flash) {
		preferences.set(null, channel, enabled);
		flash.addFlashAttribute("switched", channel.name());
		return "redirect:/notifications/channels";
	}

	@PostMapping("/test")
	String test(@RequestParam Channel channel, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) String destination, RedirectAttributes flash) {
		CurrentUser me = me();
		Attempt attempt = tests.send(channel, me.id().value(), me.displayName(), destination,
				region == null ? null : new RegionId(region));
		Reason reason = Reason.of(attempt.detail());
		flash.addFlashAttribute("testChannel", channel.name());
		flash.addFlashAttribute("testOutcome", attempt.outcome().name());
		flash.addFlashAttribute("testReason", reason.key());
		flash.addFlashAttribute("testDetail", reason.detail());
		flash.addFlashAttribute("testProviderId", attempt.providerMessageId());
		return "redirect:/notifications/channels#" + channel.name().toLowerCase(java.util.Locale.ROOT);
	}

	private CurrentUser me() {
		return accounts.requireCurrent();
	}

	private static Summary find(List<Summary> summaries, Channel channel) {
		return summaries.stream().filter(s -> s.channel() == channel && s.region() == null).findFirst().orElse(null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
