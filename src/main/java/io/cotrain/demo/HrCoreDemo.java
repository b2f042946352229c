package io.cotrain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.EmployeeChange;
import io.cotrain.employee.EmployeeRegistry.NewEmployee;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.OrgUnitView.Kind;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.Tags;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/**
 * Issue 3's demo: the organisation of 示例制造有限公司, its positions, about 70 employees in cn-east and vn-hcm
 * (deterministic names from a seeded random), tags, and the demo logins linked to their employees ({@link #linkLogins},
 * a later step). Runs in the demo tenant's all-regions scope; creates only what is missing.
 */
@Component
class HrCoreDemo {

	private static final String[] SURNAMES = { "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
			"梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓" };
	private static final String[] GIVEN = { "静", "敏", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚",
			"桂英", "丹", "萍", "鹏", "华", "红", "玉兰", "飞", "玲", "晨", "婷", "建华", "欣怡", "子轩", "浩然", "思远", "雨桐", "文博" };
	private static final String[] VN_SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
			"Đỗ" };
	private static final String[] VN_GIVEN = { "Văn An", "Thị Hoa", "Minh Tuấn", "Thị Lan", "Quốc Bảo", "Thị Mai", "Hữu Phúc", "Ngọc Anh",
			"Đức Thắng", "Thanh Hương", "Gia Huy", "Thu Trang", "Hoàng Nam", "Kim Chi", "Văn Long", "Bảo Ngọc" };

	static final String SCENARIO = "订单流程协同";

	private final Organisation organisation;
	private final EmployeeDirectory directory;
	private final EmployeeRegistry registry;
	private final Tags tags;
	private final TenantDirectory tenants;
	private final Accounts accounts;
	private final Clock clock;

	private final Random random = new Random(20240303L);
	private final Set<String> usedNames = new HashSet<>(Set.of("王芳", "张伟", "李强", "赵磊"));
	private final Map<String, OrgUnitId> units = new HashMap<>();
	private final Map<RoleType, PositionId> positions = new HashMap<>();
	private final Map<String, TagId> tagIds = new HashMap<>();
	private LocalDate today;
	private RegionId east;
	private RegionId hcm;

	HrCoreDemo(Organisation organisation, EmployeeDirectory directory, EmployeeRegistry registry, Tags tags, TenantDirectory tenants,
			Accounts accounts, Clock clock) {
		this.organisation = organisation;
		this.directory = directory;
		this.registry = registry;
		this.tags = tags;
		this.tenants = tenants;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** In the demo tenant's all-regions scope, outside a transaction. */
	void seed() {
		RegionInfo eastRegion = tenants.regionByCode("cn-east").orElseThrow();
		east = eastRegion.id();
		hcm = tenants.regionByCode("vn-hcm").orElseThrow().id();
		today = eastRegion.today(clock);
		organisation();
		positions();
		tags();
		people();
	}

	/**
	 * Links the demo logins to their employees (once). A step of its own, after the competency history: a company
	 * loads its records first and then hands out logins, so the history is no news in anyone's inbox.
	 */
	void linkLogins() {
		link("mentor.li", "00301");
		link("manager.zhao", "00401");
		link("clerk.wang", "00101");
		link("cadre.zhang", "00201");
	}

	private void organisation() {
		unit("DEMO", "示例制造有限公司", Kind.COMPANY, null, null);
		unit("ORD", "订单部", Kind.DEPARTMENT, "DEMO", null);
		unit("PROD", "生产部", Kind.DEPARTMENT, "DEMO", null);
		unit("HR", "人事部", Kind.DEPARTMENT, "DEMO", null);
		unit("ORD-E1", "订单一组（华东）", Kind.TEAM, "ORD", east);
		unit("ORD-E2", "订单二组（华东）", Kind.TEAM, "ORD", east);
		unit("ORD-V1", "订单组（胡志明）", Kind.TEAM, "ORD", hcm);
		unit("PROD-E1", "生产一组（华东）", Kind.TEAM, "PROD", east);
		unit("PROD-V1", "生产组（胡志明）", Kind.TEAM, "PROD", hcm);
	}

	private void unit(String code, String name, Kind kind, String parent, RegionId region) {
		OrgUnitId id = organisation.orgUnits().stream().filter(u -> u.code().equals(code)).map(OrgUnitView::id).findFirst()
			.orElseGet(() -> organisation.createOrgUnit(new Organisation.OrgUnitForm(code, name, kind,
					parent == null ? null : units.get(parent), region)).id());
		units.put(code, id);
	}

	private void positions() {
		position("CLERK", "文员", "Clerk", RoleType.CLERK, 1);
		position("CADRE", "储干", "Reserve cadre", RoleType.CADRE, 2);
		position("SUP", "一线主管", "Frontline supervisor", RoleType.SUPERVISOR, 3);
		position("MGR", "部门经理", "Department manager", RoleType.MANAGER, 4);
		position("HR", "人事专员", "HR specialist", RoleType.HR, 2);
	}

	private void position(String code, String name, String nameEn, RoleType type, int grade) {
		PositionId id = organisation.positions().stream().filter(p -> p.code().equals(code)).map(PositionView::id).findFirst()
			.orElseGet(() -> organisation.createPosition(new Organisation.PositionForm(code, name, nameEn, type, grade)).id());
		positions.put(type, id);
	}

	private void tags() {
		tag(TagType.SCENARIO, SCENARIO);
		tag(TagType.AVAILABILITY, "晚间可学习");
		tag(TagType.AVAILABILITY, "周五下午可参加");
		tag(TagType.SKILL, "ERP操作");
		tag(TagType.SKILL, "数据分析");
		tag(TagType.MENTOR_SPECIALTY, "沟通辅导");
	}

	private void tag(TagType type, String name) {
		tagIds.put(name, tags.find(type, name).orElseGet(() -> tags.create(type, name)).id());
	}

	private void people() {
		// managers, then supervisors (李强 was a clerk first), then the learners
		EmployeeId zhao = hire("00401", "赵磊", east, "ORD", RoleType.MANAGER, null, 6);
		EmployeeId sun = hire("00402", "孙建国", east, "PROD", RoleType.MANAGER, null, 8);
		EmployeeId hung = hire("00403", "Nguyễn Văn Hùng", hcm, "ORD", RoleType.MANAGER, null, 5);
		hire("00501", "周晓梅", east, "HR", RoleType.HR, null, 4);
		hire("00502", "Trần Thị Thu", hcm, "HR", RoleType.HR, null, 3);
		EmployeeId li = promoted("00301", "李强", east, "ORD-E1", zhao, 4, 2);
		EmployeeId sup2 = promoted("00302", chinese(), east, "ORD-E2", zhao, 5, 1);
		EmployeeId sup3 = hire("00303", chinese(), east, "PROD-E1", RoleType.SUPERVISOR, sun, 4);
		EmployeeId sup4 = hire("00304", vietnamese(), hcm, "ORD-V1", RoleType.SUPERVISOR, hung, 3);
		EmployeeId sup5 = promoted("00305", vietnamese(), hcm, "PROD-V1", hung, 4, 1);
		for (EmployeeId supervisor : List.of(li, sup2, sup3, sup4, sup5)) {
			tag(supervisor, "沟通辅导");
		}
		record Team(String unit, RegionId region, EmployeeId supervisor, int clerks) {
		}
		List<Team> teams = List.of(new Team("ORD-E1", east, li, 10), new Team("ORD-E2", east, sup2, 6),
				new Team("PROD-E1", east, sup3, 8), new Team("ORD-V1", hcm, sup4, 8), new Team("PROD-V1", hcm, sup5, 8));
		int clerk = 101;
		for (Team team : teams) {
			for (int i = 0; i < team.clerks(); i++, clerk++) {
				String name = clerk == 101 ? "王芳" : team.region().equals(east) ? chinese() : vietnamese();
				learner(hire(number(clerk), name, team.region(), team.unit(), RoleType.CLERK, team.supervisor(), 1 + random.nextInt(4)),
						"ERP操作");
			}
		}
		List<EmployeeId> eastManagers = List.of(zhao, sun);
		for (int cadre = 201; cadre <= 220; cadre++) {
			boolean inEast = cadre <= 212;
			EmployeeId manager = inEast ? eastManagers.get(cadre % 2) : hung;
			String unit = inEast ? (manager.equals(zhao) ? "ORD" : "PROD") : (cadre % 2 == 0 ? "ORD" : "PROD");
			String name = cadre == 201 ? "张伟" : inEast ? chinese() : vietnamese();
			learner(hire(number(cadre), name, inEast ? east : hcm, cadre == 201 ? "ORD" : unit, RoleType.CADRE,
					cadre == 201 ? zhao : manager, 1 + random.nextInt(3)), "数据分析");
		}
	}

	/** Most learners share the scenario; some can study in the evening or on Friday afternoons. */
	private void learner(EmployeeId id, String skill) {
		if (id == null) {
			return;
		}
		if (random.nextInt(10) < 8) {
			tag(id, SCENARIO);
		}
		if (random.nextInt(10) < 4) {
			tag(id, "晚间可学习");
		}
		if (random.nextInt(10) < 3) {
			tag(id, "周五下午可参加");
		}
		if (random.nextInt(10) < 3) {
			tag(id, skill);
		}
	}

	private void tag(EmployeeId id, String tag) {
		registry.tag(id, tagIds.get(tag));
	}

	/** Hired {@code years} (and some days) ago; returns null when the employee existed already. */
	private EmployeeId hire(String number, String name, RegionId region, String unit, RoleType role, EmployeeId manager, int years) {
		if (directory.byNumber(number).isPresent()) {
			return directory.byNumber(number).map(EmployeeView::id).orElseThrow();
		}
		LocalDate hired = today.minusYears(years).minusDays(random.nextInt(200));
		return registry.create(new NewEmployee(number, name, phone(region), number + "@demo-manufacturing.example", region,
				units.get(unit), positions.get(role), manager, hired, null)).id();
	}

	/** A clerk who became the team's supervisor {@code yearsAgo} years ago (the history shows the promotion). */
	private EmployeeId promoted(String number, String name, RegionId region, String unit, EmployeeId manager, int years, int yearsAgo) {
		boolean existed = directory.byNumber(number).isPresent();
		EmployeeId id = hire(number, name, region, unit, RoleType.CLERK, manager, years);
		if (!existed) {
			EmployeeView e = directory.get(id);
			registry.update(id, new EmployeeChange(e.name(), e.phone(), e.email(), null, region, units.get(unit),
					positions.get(RoleType.SUPERVISOR), manager, today.minusYears(yearsAgo).minusDays(random.nextInt(60))));
		}
		return id;
	}

	private String chinese() {
		String name;
		do {
			name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		}
		while (!usedNames.add(name));
		return name;
	}

	private String vietnamese() {
		String name;
		do {
			name = VN_SURNAMES[random.nextInt(VN_SURNAMES.length)] + " " + VN_GIVEN[random.nextInt(VN_GIVEN.length)];
		}
		while (!usedNames.add(name));
		return name;
	}

	private String phone(RegionId region) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			digits.append(random.nextInt(10));
		}
		return region.equals(east) ? "13" + (5 + random.nextInt(5)) + " " + digits.substring(0, 4) + " " + digits.substring(4)
				: "09" + digits.charAt(0) + " " + digits.substring(1, 4) + " " + digits.substring(4);
	}

	private static String number(int n) {
		return String.format("%05d", n);
	}

	/** Links a demo login to its employee, once. */
	private void link(String login, String number) {
		String username = login + "@" + tenants.currentTenant().code();
		EmployeeId employee = directory.byNumber(number).map(EmployeeView::id).orElseThrow();
		accounts.list().stream().filter(a -> a.username().equals(username) && a.employeeId() == null).findFirst()
			.ifPresent(a -> accounts.linkEmployee(a.id(), employee.value()));
	}
}
