package io.cotrain.attendance.terminal;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.Terminals.Terminal;
import io.cotrain.attendance.Terminals.TerminalForm;
import io.cotrain.attendance.Terminals.Vendor;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;

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

/**
 * The device pages: the list with status and last contact and the registration form ({@code /devices}); one device
 * ({@code /devices/{id}}): change, enable/disable, push employees, the installer's address, USB import, recent punches.
 */
@Controller
@PreAuthorize(DeviceAccess.READ)
class DevicesController {

	private static final Set<String> FIELDS = Set.of("vendor", "serialNo", "name", "region", "location", "timeZone", "secret");

	private final Terminals terminals;
	private final Punches punches;
	private final TenantDirectory directory;
	private final Accounts accounts;

	DevicesController(Terminals terminals, Punches punches, TenantDirectory directory, Accounts accounts) {
		this.terminals = terminals;
		this.punches = punches;
		this.directory = directory;
		this.accounts = accounts;
	}

	record Form(Vendor vendor, String serialNo, String name, UUID region, String location, String timeZone, String secret) {

		TerminalForm terminal() {
			return new TerminalForm(vendor, serialNo, name, region == null ? null : new RegionId(region), location, timeZone, secret);
		}

		static Form of(Terminal t) {
			return new Form(t.vendor(), t.serialNo(), t.name(), t.region().value(), t.location(), t.timeZone().getId(), "");
		}
	}

	@GetMapping("/devices")
	@PreAuthorize(DeviceAccess.READ)
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form(Vendor.ZKTECO, "", "", null, "", "", ""));
		}
		return listPage(model);
	}

	@PostMapping("/devices")
	@PreAuthorize(DeviceAccess.WRITE)
	String register(@ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		try {
			Terminal t = terminals.register(form.terminal());
			flash.addFlashAttribute("done", "registered");
			return "redirect:/devices/" + t.id();
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
		}
		return listPage(model);
	}

	@GetMapping("/devices/{id}")
	@PreAuthorize(DeviceAccess.READ)
	String show(@PathVariable UUID id, Model model, HttpServletRequest request) {
		Terminal t = terminals.get(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Form.of(t));
		}
		return devicePage(model, t, request);
	}

	@PostMapping("/devices/{id}")
	@PreAuthorize(DeviceAccess.WRITE)
	String update(@PathVariable UUID id, @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash,
			HttpServletRequest request) {
		Terminal t = terminals.get(id);
		try {
			terminals.update(id, form.terminal());
			flash.addFlashAttribute("done", "saved");
			return "redirect:/devices/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
		}
		return devicePage(model, t, request);
	}

	@PostMapping("/devices/{id}/enabled")
	@PreAuthorize(DeviceAccess.WRITE)
	String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes flash) {
		terminals.setEnabled(id, enabled);
		flash.addFlashAttribute("done", enabled ? "enabled" : "disabled");
		return "redirect:/devices/" + id;
	}

	@PostMapping("/devices/{id}/push-employees")
	@PreAuthorize(DeviceAccess.WRITE)
	String push(@PathVariable UUID id, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("queued", terminals.pushEmployees(id));
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/devices/" + id;
	}

	@PostMapping("/devices/{id}/attlog")
	@PreAuthorize(DeviceAccess.WRITE)
	String importUsb(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash)
			throws IOException {
		terminals.get(id);
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("problems", List.of(new RuleViolationException.Violation("file", "attendance.device.fileRequired")));
		}
		else {
			flash.addFlashAttribute("report", punches.importUsb(id, file.getBytes()));
		}
		return "redirect:/devices/" + id;
	}

	private String listPage(Model model) {
		model.addAttribute("devices", terminals.list());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("regionsById", regionsById());
		model.addAttribute("vendors", Vendor.values());
		return "attendance/devices";
	}

	private String devicePage(Model model, Terminal t, HttpServletRequest request) {
		model.addAttribute("device", t);
		model.addAttribute("regions", directory.regions());
		model.addAttribute("regionsById", regionsById());
		model.addAttribute("punches", punches.list(Punches.Filter.ALL, t.id(), 50));
		boolean writer = accounts.current().map(u -> u.has(Role.HR_ADMIN) || u.has(Role.REGION_ADMIN)).orElse(false);
		String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
		model.addAttribute("serverAddress", base);
		if (writer && t.vendor() == Vendor.HIKVISION) {
			model.addAttribute("hikvisionUrl", base + DeviceGate.HIKVISION_PATH + terminals.secret(t.id()));
		}
		return "attendance/device";
	}

	private java.util.Map<RegionId, RegionInfo> regionsById() {
		return directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, Function.identity()));
	}
}
