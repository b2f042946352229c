package io.cotrain.demo;

import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.Terminals.TerminalForm;
import io.cotrain.attendance.Terminals.Vendor;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/**
 * Issue 6: the demo company's face terminals in cn-east, at the venue of its offline sessions there (so their punches
 * match): ZKTeco {@code DEMO-ZK-0001} (no pushcommkey; zone Asia/Shanghai, so {@code TimeZone=8}) and Hikvision with the
 * URL token {@code demo-hik-0001}. Runs in the demo tenant's all-regions scope; registers only what is missing.
 */
@Component
class DeviceDemo {

	static final String ZKTECO = "DEMO-ZK-0001";
	static final String HIKVISION = "DEMO-HIK-0001";
	static final String HIKVISION_TOKEN = "demo-hik-0001";

	private final Terminals terminals;
	private final TenantDirectory directory;

	DeviceDemo(Terminals terminals, TenantDirectory directory) {
		this.terminals = terminals;
		this.directory = directory;
	}

	void seed() {
		RegionInfo east = directory.regionByCode("cn-east").orElseThrow();
		String venue = OccurrenceDemo.VENUES.get("cn-east");
		if (terminals.list().stream().noneMatch(t -> t.serialNo().equals(ZKTECO))) {
			terminals.register(new TerminalForm(Vendor.ZKTECO, ZKTECO, "上海总部 3F 人脸考勤机", east.id(), venue, "Asia/Shanghai", null));
		}
		if (terminals.list().stream().noneMatch(t -> t.serialNo().equals(HIKVISION))) {
			terminals.register(new TerminalForm(Vendor.HIKVISION, HIKVISION, "上海总部 3F 海康人脸门禁", east.id(), venue, "Asia/Shanghai",
					HIKVISION_TOKEN));
		}
	}
}
