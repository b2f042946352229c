package io.cotrain.training.material;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cotrain.employee.TagId;
import io.cotrain.employee.TagView;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials.Material;
import io.cotrain.training.Materials.MatchedMaterial;

/**
 * The matching rule of materials to a group (ARCHITECTURE.md "Materials"): a material fits a member when its audience is
 * the member's role in the group or JOINT, and it has no tags or shares at least one tag with the group (the union of
 * the members' tags). Matches are ordered by the number of shared tags (more first), then by title.
 */
final class MaterialMatching {

	private static final Comparator<MatchedMaterial> ORDER = Comparator
		.comparingInt((MatchedMaterial m) -> m.sharedTags().size()).reversed()
		.thenComparing(m -> m.material().title())
		.thenComparing(m -> m.material().id());

	private MaterialMatching() {
	}

	/** The audiences that fit a member with this role: the role itself and JOINT. */
	static Set<Audience> audiencesOf(Audience role) {
		return role == Audience.JOINT ? EnumSet.allOf(Audience.class) : EnumSet.of(role, Audience.JOINT);
	}

	/** Every audience fits a group as a whole (it has a cadre and clerks). */
	static Set<Audience> groupAudiences() {
		return EnumSet.allOf(Audience.class);
	}

	static List<MatchedMaterial> match(List<Material> materials, Set<Audience> audiences, Set<TagId> groupTags) {
		return materials.stream()
			.filter(m -> audiences.contains(m.audience()))
			.map(m -> new MatchedMaterial(m, m.audience(), shared(m, groupTags)))
			.filter(m -> m.untagged() || !m.sharedTags().isEmpty())
			.sorted(ORDER)
			.toList();
	}

	private static List<String> shared(Material material, Set<TagId> groupTags) {
		return material.tags().stream().filter(t -> groupTags.contains(t.id())).map(TagView::name).sorted().toList();
	}
}
