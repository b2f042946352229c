package io.cotrain.training.material;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials.Kind;
import io.cotrain.training.Materials.Material;
import io.cotrain.training.Materials.MatchedMaterial;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The matching rule on hand-made materials: audience by role, tags shared with the group, untagged fits all, order. */
class MaterialMatchingTest {

	private static final TagView FLOW = tag(TagType.SCENARIO, "订单流程");
	private static final TagView ERP = tag(TagType.SKILL, "ERP");
	private static final TagView OTHER = tag(TagType.SKILL, "其他");

	private final Material clerkUntagged = material("B 录入须知", Audience.CLERK);
	private final Material clerkUntaggedToo = material("A 录入清单", Audience.CLERK);
	private final Material cadreErp = material("工具包", Audience.CADRE, ERP);
	private final Material jointBoth = material("话术", Audience.JOINT, FLOW, ERP);
	private final Material jointOther = material("无关", Audience.JOINT, OTHER);
	private final Material clerkFlow = material("手册", Audience.CLERK, FLOW, OTHER);
	private final List<Material> library = List.of(clerkUntagged, clerkUntaggedToo, cadreErp, jointBoth, jointOther, clerkFlow);
	private final Set<TagId> groupTags = Set.of(FLOW.id(), ERP.id());

	@Test
	void aGroupGetsEveryAudienceWithSharedTagsFirstThenByTitle() {
		List<MatchedMaterial> matched = MaterialMatching.match(library, MaterialMatching.groupAudiences(), groupTags);

		assertThat(matched).extracting(m -> m.material().title(), MatchedMaterial::audience, MatchedMaterial::sharedTags)
			.containsExactly(tuple("话术", Audience.JOINT, List.of("ERP", "订单流程")),
					tuple("工具包", Audience.CADRE, List.of("ERP")),
					tuple("手册", Audience.CLERK, List.of("订单流程")),
					tuple("A 录入清单", Audience.CLERK, List.of()),
					tuple("B 录入须知", Audience.CLERK, List.of()));
		assertThat(matched).filteredOn(MatchedMaterial::untagged).hasSize(2);
	}

	@Test
	void aMemberGetsTheirRolesAndJointMaterialsOnly() {
		assertThat(MaterialMatching.match(library, MaterialMatching.audiencesOf(Audience.CLERK), groupTags))
			.extracting(m -> m.material().title()).containsExactly("话术", "手册", "A 录入清单", "B 录入须知");
		assertThat(MaterialMatching.match(library, MaterialMatching.audiencesOf(Audience.CADRE), groupTags))
			.extracting(m -> m.material().title()).containsExactly("话术", "工具包");
	}

	@Test
	void aGroupWithoutTagsGetsOnlyUntaggedMaterials() {
		assertThat(MaterialMatching.match(library, MaterialMatching.groupAudiences(), Set.of()))
			.extracting(m -> m.material().title()).containsExactly("A 录入清单", "B 录入须知");
		assertThat(MaterialMatching.match(library, MaterialMatching.groupAudiences(), Set.of(OTHER.id())))
			.extracting(m -> m.material().title()).containsExactly("手册", "无关", "A 录入清单", "B 录入须知");
	}

	private static Material material(String title, Audience audience, TagView... tags) {
		return new Material(UUID.nameUUIDFromBytes(title.getBytes()), null, title, null, Kind.LINK, audience, List.of(tags),
				"https://example.com/" + title, null, Instant.EPOCH, "test", Instant.EPOCH, "test");
	}

	private static TagView tag(TagType type, String name) {
		return new TagView(new TagId(UUID.nameUUIDFromBytes(name.getBytes())), type, name);
	}
}
