package io.cotrain.training;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.competency.Scenarios;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Programmes.Programme;
import io.cotrain.training.Programmes.ProgrammeForm;
import io.cotrain.training.Programmes.Status;
import io.cotrain.training.Programmes.VersionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Programmes: created from a saved need, drafts, publishing, versions as history, region visibility, the API. */
@CoTrainTest
class ProgrammesTest {

	private static final LocalDate START = LocalDate.of(2026, 3, 2);

	@LocalServerPort
	int port;
	@Autowired
	Programmes programmes;
	@Autowired
	Scenarios scenarios;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;
	@Autowired
	JsonMapper json;

	TestStaff staff;
	Scenarios.SavedNeed need;

	@BeforeEach
	void setUp() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		need = staff.in(() -> {
			Scenarios.Scenario scenario = scenarios.create(new Scenarios.ScenarioForm("FLOW", "订单流程", "Order flow", null,
					List.of(staff.clerk.id(), staff.cadre.id()), List.of()));
			return scenarios.saveNeed(scenario.id(), "提升文员与储干的协同效率", Locale.SIMPLIFIED_CHINESE);
		});
	}

	@Test
	void aProgrammeFromASavedNeedTakesItsGoalAndScenarioAndStartsAsADraft() {
		Programme p = staff.in(() -> programmes.create(form("CAMP", need.id(), null, Set.of(staff.east.id()))));

		assertThat(p.status()).isEqualTo(Status.DRAFT);
		assertThat(p.published()).isNull();
		assertThat(p.draft().version()).isEqualTo(1);
		assertThat(p.draft().jointGoal()).isEqualTo("提升文员与储干的协同效率");
		assertThat(p.draft().scenarioId()).isEqualTo(need.scenarioId());
		assertThat(p.draft().regions()).containsExactly(staff.east.id());
		assertThat(staff.in(() -> programmes.list())).extracting(Programme::code).containsExactly("CAMP");
	}

	@Test
	void badInputIsNamedFieldByField() {
		assertThatThrownBy(() -> staff.in(() -> programmes.create(new ProgrammeForm(" ", "", UUID.randomUUID(), null, null, START,
				START.minusDays(1), Set.of(), null))))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
				.contains("code", "name", "needId", "jointGoal", "endsOn", "regions"));
		staff.in(() -> programmes.create(form("CAMP", need.id(), null, Set.of(staff.east.id()))));
		assertThatThrownBy(() -> staff.in(() -> programmes.create(form("CAMP", need.id(), null, Set.of(staff.east.id())))))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
				.containsExactly("training.programme.codeTaken"));
	}

	@Test
	void anActiveProgrammeChangesOnlyThroughANewVersionAndKeepsItsHistory() {
		UUID id = staff.in(() -> programmes.create(form("CAMP", need.id(), null, Set.of(staff.east.id())))).id();
		Programme active = staff.in(() -> programmes.publish(id));
		assertThat(active.status()).isEqualTo(Status.ACTIVE);
		assertThat(active.published().version()).isEqualTo(1);
		assertThat(active.draft()).isNull();
		assertThatThrownBy(() -> staff.in(() -> programmes.update(id, form("CAMP", need.id(), "改名", Set.of(staff.east.id())))))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
				.containsExactly("training.programme.noDraft"));

		Programme drafting = staff.in(() -> programmes.newVersion(id, "增加华南区域"));
		assertThat(drafting.draft().version()).isEqualTo(2);
		assertThatThrownBy(() -> staff.in(() -> programmes.newVersion(id, null))).isInstanceOf(RuleViolationException.class);
		staff.in(() -> programmes.update(id, form("CAMP", need.id(), "训练营第二期", Set.of(staff.east.id(), staff.south.id()))));
		assertThat(staff.in(() -> programmes.get(id)).published().name()).as("the version in force is unchanged").isEqualTo("训练营");

		Programme second = staff.in(() -> programmes.publish(id));
		assertThat(second.published().version()).isEqualTo(2);
		assertThat(second.published().name()).isEqualTo("训练营第二期");
		assertThat(second.published().regions()).containsExactlyInAnyOrder(staff.east.id(), staff.south.id());
		assertThat(staff.in(() -> programmes.versions(id))).extracting(Programmes.Version::version, Programmes.Version::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionStatus.PUBLISHED),
					org.assertj.core.groups.Tuple.tuple(1, VersionStatus.SUPERSEDED));
		assertThat(staff.in(() -> programmes.version(id, 1)).name()).isEqualTo("训练营");

		assertThat(staff.in(() -> programmes.close(id)).status()).isEqualTo(Status.CLOSED);
		assertThatThrownBy(() -> staff.in(() -> programmes.newVersion(id, null))).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aRegionAdminSeesOnlyProgrammesOfTheirRegions() {
		UUID south = staff.in(() -> programmes.create(form("SOUTH", need.id(), null, Set.of(staff.south.id())))).id();
		UUID both = staff.in(() -> programmes.create(form("BOTH", need.id(), null, Set.of(staff.east.id(), staff.south.id())))).id();
		TenantScope east = TenantScope.regions(staff.tenant.id(), Set.of(staff.east.id()));

		assertThat(TenantScope.call(east, () -> programmes.list())).extracting(Programme::id).containsExactly(both);
		assertThatThrownBy(() -> TenantScope.call(east, () -> programmes.get(south))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TenantScope.call(east, () -> programmes.create(form("MINE", need.id(), null, Set.of(staff.south.id())))))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void theApiCreatesAndPublishesAndAnotherTenantGetsNotFound() {
		TestHttp http = new TestHttp(port, json);
		String hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> created = http.post("/api/v1/programmes", hr, """
				{"code":"API-1","name":"协同训练","needId":"%s","startsOn":"2026-03-02","endsOn":"2026-04-27","regions":["%s"]}"""
			.formatted(need.id(), staff.east.id().value()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = http.json(created);
		String id = body.get("id").asString();
		assertThat(body.get("draft").get("jointGoal").asString()).isEqualTo("提升文员与储干的协同效率");
		assertThat(http.post("/api/v1/programmes/" + id + "/publish", hr, null).statusCode()).isEqualTo(200);

		HttpResponse<String> invalid = http.post("/api/v1/programmes", hr, "{\"code\":\"bad code\",\"name\":\"\"}");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"code\"", "\"name\"");

		TestStaff other = new TestStaff(provisioning, directory, organisation, registry, accounts);
		String otherHr = TestHttp.basic(other.hr(), TestTenants.PASSWORD);
		assertThat(http.get("/api/v1/programmes/" + id, otherHr).statusCode()).isEqualTo(404);
		assertThat(http.post("/api/v1/programmes/" + id + "/close", otherHr, null).statusCode()).isEqualTo(404);
		assertThat(http.json(http.get("/api/v1/programmes", otherHr))).isEmpty();
	}

	private ProgrammeForm form(String code, UUID needId, String name, Set<RegionId> regions) {
		return new ProgrammeForm(code, name == null ? "训练营" : name, needId, null, null, START, START.plusWeeks(8), regions, null);
	}
}
