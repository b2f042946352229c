package io.cotrain.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cotrain.runtime.DatabaseInfo;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo before the web server accepts requests. Each step runs once: it is recorded in
 * {@code demo_seed} when it has run, and every item in it is created only when missing, so a start after an
 * interrupted first one completes the step without duplicates.
 */
@Component
class DemoData implements SmartInitializingSingleton {

	static final String PASSWORD = "cotrain-demo";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final TenantProvisioning provisioning;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean enabled;
	private final String operatorPassword;
	private final HrCoreDemo hrCore;
	private final CompetencyDemo competencyDemo;
	private final TrainingDemo trainingDemo;
	private final MaterialDemo materialDemo;
	private final OccurrenceDemo occurrenceDemo;
	private final CheckInDemo checkInDemo;
	private final DeviceDemo deviceDemo;

	DemoData(TenantProvisioning provisioning, TenantDirectory directory, Accounts accounts, JdbcClient jdbc, Clock clock,
			DatabaseInfo database, @Value("${cotrain.demo:}") String demo,
			@Value("${COTRAIN_OPERATOR_PASSWORD:}") String operatorPassword, HrCoreDemo hrCore, CompetencyDemo competencyDemo,
			TrainingDemo trainingDemo, MaterialDemo materialDemo, OccurrenceDemo occurrenceDemo, DeviceDemo deviceDemo,
			CheckInDemo checkInDemo) {
		this.checkInDemo = checkInDemo;
		this.deviceDemo = deviceDemo;
		this.materialDemo = materialDemo;
		this.occurrenceDemo = occurrenceDemo;
		this.provisioning = provisioning;
		this.competencyDemo = competencyDemo;
		this.trainingDemo = trainingDemo;
		this.hrCore = hrCore;
		this.directory = directory;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = demo == null || demo.isBlank() ? database.embedded() : Boolean.parseBoolean(demo.trim());
		this.operatorPassword = operatorPassword.isBlank() ? PASSWORD : operatorPassword;
	}

	private record Person(String name, String displayName, Role role, String region) {
	}

	private static final List<Person> DEMO_PEOPLE = List.of(
			new Person("region.east", "华东区域管理员 周敏", Role.REGION_ADMIN, "cn-east"),
			new Person("mentor.li", "李强(一线主管)", Role.MENTOR, "cn-east"),
			new Person("manager.zhao", "赵磊(部门经理)", Role.MENTOR, "cn-east"),
			new Person("clerk.wang", "王芳(文员)", Role.EMPLOYEE, "cn-east"),
			new Person("cadre.zhang", "张伟(储干)", Role.EMPLOYEE, "cn-east"),
			new Person("auditor", "审计员 孙丽", Role.AUDITOR, null));

	@Override
	public void afterSingletonsInstantiated() {
		if (enabled) {
			step("2-foundation", this::foundation);
			step("3-hr-core", this::hrCore);
			step("3-competency", this::competency);
			step("3-self-assessments", this::selfAssessments);
			step("4-notices", this::notices);
			step("5-programme", this::programme);
			step("5-content", this::trainingContent);
			step("5-progress", this::trainingProgress);
			step("5-materials", this::materials);
			step("5-occurrences", this::occurrences);
			step("6-devices", this::devices);
			step("6-check-ins", this::checkIns);
			TenantScope.run(TenantScope.allRegions(provisioning.findByCode("demo").orElseThrow().id()), checkInDemo::ensureOpenSession);
		}
	}

	private void step(String name, Runnable work) {
		if (jdbc.sql("select count(*) from demo_seed where step = :step").param("step", name).query(Integer.class).single() > 0) {
			return;
		}
		work.run();
		jdbc.sql("insert into demo_seed (step, seeded_at) values (:step, :at)").param("step", name)
			.param("at", Timestamp.from(clock.instant())).update();
		log.info("Demo data step {} created (demo passwords: {})", name, PASSWORD);
	}

	/** Issue 2: the tenants, regions and one account per role; the operator (COTRAIN_OPERATOR_PASSWORD wins). */
	private void foundation() {
		TenantInfo demo = tenant("demo", "示例制造有限公司", "Demo Manufacturing Co., Ltd.", "陈静", List.of(
				new RegionForm("cn-east", "华东·上海", "Asia/Shanghai", "zh-CN", "CN"),
				new RegionForm("vn-hcm", "越南·胡志明市", "Asia/Ho_Chi_Minh", "vi-VN", "VN")));
		TenantScope.run(TenantScope.allRegions(demo.id()), () -> DEMO_PEOPLE.forEach(this::account));
		tenant("acme", "Acme Trading Co.", null, "Alice Chen", List.of(new RegionForm("hq", "Head office · Shenzhen", "Asia/Shanghai", "en", "CN")));
		provisioning.ensureOperator("operator", operatorPassword);
	}

	/** Issue 3: the demo company's organisation, positions, employees and tags. */
	private void hrCore() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), hrCore::seed);
	}

	/** Issue 3: the competency model, KPIs, assessments and the order-flow work scenario of the demo company. */
	private void competency() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), competencyDemo::seed);
	}

	/** Issue 3: the clerks' and cadres' self-assessments, before their mentors' (so the archive compares sources). */
	private void selfAssessments() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), competencyDemo::seedSelfAssessments);
	}

	/**
	 * Issue 4: the demo logins linked to their employees, then this month's assessments of the learners with a login,
	 * which reach their inboxes as real notices (delivered by the worker after each commit).
	 */
	private void notices() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), () -> {
			hrCore.linkLogins();
			competencyDemo.seedNotices();
		});
	}

	/** Issue 5: the programme's courses, task, paths and 20 groups with mentors; then it is activated. */
	private void trainingContent() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), trainingDemo::seedContent);
	}

	/** Issue 5: the sessions of the joint kick-off (held, with attendance) and review (upcoming) in both regions. */
	private void occurrences() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), occurrenceDemo::seed);
	}

	/** Issue 6: yesterday's second sitting of the joint kick-off, with check-ins (one late, one absent). */
	private void checkIns() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), checkInDemo::seedCheckIns);
	}

	/** Issue 6: the face terminals DEMO-ZK-0001 (ZKTeco) and demo-hik-0001 (Hikvision token) in cn-east. */
	private void devices() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), deviceDemo::seed);
	}

	/** Issue 5: the materials library: 订单流程手册 (clerk), 流程优化工具包 (cadre), 协同沟通话术模板 (both). */
	private void materials() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), materialDemo::seed);
	}

	/** Issue 5: some learning progress in the demo programme (clerk.wang has only the order-entry quiz left). */
	private void trainingProgress() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), trainingDemo::seedProgress);
	}

	/** Issue 5: the order-flow programme from the scenario's saved training need. */
	private void programme() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantScope.run(TenantScope.allRegions(demo.id()), trainingDemo::seedProgramme);
	}

	private TenantInfo tenant(String code, String name, String nameEn, String hrName, List<RegionForm> regions) {
		return provisioning.findByCode(code).orElseGet(() -> {
			return provisioning.provision(new TenantProvisioning.NewTenant(code, name, nameEn, regions, "hr", hrName, PASSWORD)).tenant();
		});
	}

	private void account(Person p) {
		String username = p.name() + "@" + directory.currentTenant().code();
		if (accounts.list().stream().anyMatch(a -> a.username().equals(username))) {
			return;
		}
		Set<RegionId> regions = p.region() == null ? Set.of() : Set.of(directory.regionByCode(p.region()).orElseThrow().id());
		accounts.create(new Accounts.NewAccount(p.name(), p.displayName(), Set.of(p.role()), regions, Locale.SIMPLIFIED_CHINESE,
				PASSWORD, null));
	}
}
