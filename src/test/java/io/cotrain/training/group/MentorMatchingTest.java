package io.cotrain.training.group;

import java.util.List;
import java.util.Map;

import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import org.junit.jupiter.api.Test;

import static io.cotrain.training.group.People.EAST;
import static io.cotrain.training.group.People.SOUTH;
import static io.cotrain.training.group.People.T1;
import static io.cotrain.training.group.People.T3;
import static io.cotrain.training.group.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MentorMatchingTest {

	private final Scoring scoring = new Scoring(GroupRules.defaults(2), People.tree());
	private final MentorMatching matching = new MentorMatching(scoring);

	private static EmployeeView supervisor(String number, String... tags) {
		return person(number, RoleType.SUPERVISOR, EAST, T1, null, tags);
	}

	private static EmployeeView clerk(String number, EmployeeView manager, String... tags) {
		return person(number, RoleType.CLERK, EAST, T1, manager, tags);
	}

	@Test
	void theOwnLineManagerIsPreferredAndSpecialtiesCount() {
		EmployeeView li = supervisor("301", "MENTOR_SPECIALTY:沟通辅导");
		EmployeeView chen = supervisor("302", "MENTOR_SPECIALTY:ERP操作");
		EmployeeView wang = clerk("101", li, "SKILL:ERP操作");
		EmployeeView zhou = clerk("102", null, "SKILL:erp操作 ");

		MentorMatching.Result result = matching.match(List.of(wang, zhou), RoleType.CLERK, List.of(li, chen), RoleType.SUPERVISOR,
				Map.of(), m -> 6);

		assertThat(result.mentors().get(wang.id()).mentor()).isEqualTo(li);
		assertThat(result.mentors().get(wang.id()).scored().reasons())
			.containsExactly(new Reason("training.mentor.reason.lineManager", List.of(), 3));
		assertThat(result.mentors().get(zhou.id()).mentor()).isEqualTo(chen);
		assertThat(result.mentors().get(zhou.id()).scored().reasons())
			.containsExactly(new Reason("training.mentor.reason.specialty", List.of("ERP操作"), 1));
		assertThat(result.unmatched()).isEmpty();
	}

	@Test
	void aMentorsCapacityIsNeverExceededAndWhatItAlreadyHasCounts() {
		EmployeeView li = supervisor("301");
		List<EmployeeView> clerks = List.of(clerk("101", li), clerk("102", li), clerk("103", li), clerk("104", li));

		MentorMatching.Result result = matching.match(clerks, RoleType.CLERK, List.of(li), RoleType.SUPERVISOR, Map.of(li.id(), 1),
				m -> 3);

		assertThat(result.mentors()).hasSize(2).containsOnlyKeys(clerks.get(0).id(), clerks.get(1).id());
		assertThat(result.unmatched().values()).extracting(l -> l.employee().employeeNo(), LeftOut::topic, LeftOut::reason, LeftOut::args)
			.containsExactlyInAnyOrder(tuple("103", LeftOut.Topic.MENTOR, "training.mentor.leftOut.full.SUPERVISOR", List.of("1")),
					tuple("104", LeftOut.Topic.MENTOR, "training.mentor.leftOut.full.SUPERVISOR", List.of("1")));
	}

	@Test
	void equalMentorsShareTheMentees() {
		EmployeeView li = supervisor("301");
		EmployeeView chen = supervisor("302");
		List<EmployeeView> clerks = List.of(clerk("101", null), clerk("102", null), clerk("103", null), clerk("104", null));

		MentorMatching.Result result = matching.match(clerks, RoleType.CLERK, List.of(li, chen), RoleType.SUPERVISOR, Map.of(), m -> 6);

		assertThat(result.mentors().values()).extracting(m -> m.mentor().employeeNo()).containsExactlyInAnyOrder("301", "301", "302", "302");
	}

	@Test
	void mentorsComeFromTheMenteesRegionOnly() {
		EmployeeView southManager = person("401", RoleType.MANAGER, SOUTH, T3, null);
		EmployeeView cadre = person("201", RoleType.CADRE, EAST, T1, southManager);

		MentorMatching.Result result = matching.match(List.of(cadre), RoleType.CADRE, List.of(southManager), RoleType.MANAGER, Map.of(),
				m -> 6);

		assertThat(result.mentors()).isEmpty();
		assertThat(result.unmatched().get(cadre.id()).reason()).isEqualTo("training.mentor.leftOut.otherRegionsOnly.MANAGER");
		assertThat(matching.match(List.of(cadre), RoleType.CADRE, List.of(), RoleType.MANAGER, Map.of(), m -> 6).unmatched()
			.get(cadre.id()).reason()).isEqualTo("training.mentor.leftOut.none.MANAGER");
	}
}
