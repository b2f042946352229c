package io.cotrain.training.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;

/**
 * The documented scores (ARCHITECTURE.md, "Collaboration groups"). A clerk and a cadre score the points of
 * {@link GroupRules} for a shared SCENARIO tag (once), the same region, the closest relation of their org units (same
 * unit, else same parent, else same company) and each shared AVAILABILITY tag. A mentor scores for being the mentee's
 * own line manager and for each of its MENTOR_SPECIALTY tags named like a SCENARIO or SKILL tag of the mentee (names
 * compared ignoring case and surrounding blanks). Who may be paired at all is decided here too.
 */
final class Scoring {

	/** Points and the reasons that gave them (reasons worth 0 points are left out). */
	record Scored(int points, List<Reason> reasons) {
	}

	private final GroupRules rules;
	private final OrgTree tree;

	Scoring(GroupRules rules, OrgTree tree) {
		this.rules = rules;
		this.tree = tree;
	}

	GroupRules rules() {
		return rules;
	}

	/** A clerk and a cadre may form a group: same region, unless the tenant allows groups across regions. */
	boolean canPair(EmployeeView clerk, EmployeeView cadre) {
		return rules.crossRegion() || clerk.region().equals(cadre.region());
	}

	Scored pair(EmployeeView clerk, EmployeeView cadre) {
		List<Reason> reasons = new ArrayList<>();
		List<String> scenarios = shared(names(clerk, TagType.SCENARIO), names(cadre, TagType.SCENARIO));
		if (!scenarios.isEmpty()) {
			add(reasons, Reason.of("training.group.reason.scenario", rules.scenarioPoints(), String.join(" / ", scenarios)));
		}
		if (clerk.region().equals(cadre.region())) {
			add(reasons, Reason.of("training.group.reason.region", rules.regionPoints()));
		}
		switch (tree.relation(clerk.orgUnit(), cadre.orgUnit())) {
			case SAME_UNIT -> add(reasons, Reason.of("training.group.reason.sameUnit", rules.sameUnitPoints()));
			case SAME_PARENT -> add(reasons, Reason.of("training.group.reason.sameParent", rules.sameParentPoints()));
			case SAME_COMPANY -> add(reasons, Reason.of("training.group.reason.sameCompany", rules.sameCompanyPoints()));
			case NONE -> {
			}
		}
		for (String time : shared(names(clerk, TagType.AVAILABILITY), names(cadre, TagType.AVAILABILITY))) {
			add(reasons, Reason.of("training.group.reason.availability", rules.availabilityPoints(), time));
		}
		return scored(reasons);
	}

	/** A mentor works in the mentee's region (always required: mentoring happens on site). */
	boolean canMentor(EmployeeView mentee, EmployeeView mentor) {
		return mentee.region().equals(mentor.region()) && !mentee.id().equals(mentor.id());
	}

	Scored mentor(EmployeeView mentee, EmployeeView mentor) {
		List<Reason> reasons = new ArrayList<>();
		if (mentor.id().equals(mentee.manager())) {
			add(reasons, Reason.of("training.mentor.reason.lineManager", rules.lineManagerPoints()));
		}
		Map<String, String> topics = names(mentee, TagType.SCENARIO);
		topics.putAll(names(mentee, TagType.SKILL));
		for (String specialty : shared(names(mentor, TagType.MENTOR_SPECIALTY), topics)) {
			add(reasons, Reason.of("training.mentor.reason.specialty", rules.specialtyPoints(), specialty));
		}
		return scored(reasons);
	}

	private static void add(List<Reason> reasons, Reason reason) {
		if (reason.points() > 0) {
			reasons.add(reason);
		}
	}

	private static Scored scored(List<Reason> reasons) {
		return new Scored(reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons));
	}

	/** Tag names of one type by their normalised form, sorted (so reasons come in a stable order). */
	private static Map<String, String> names(EmployeeView employee, TagType type) {
		Map<String, String> names = new TreeMap<>();
		if (employee.tags() != null) {
			employee.tags().stream().filter(t -> t.type() == type).map(TagView::name).forEach(n -> names.putIfAbsent(normalise(n), n));
		}
		return names;
	}

	/** The names (as {@code a} spells them) that both have. */
	private static List<String> shared(Map<String, String> a, Map<String, String> b) {
		return a.entrySet().stream().filter(e -> b.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
	}

	private static String normalise(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
