package io.cotrain.training.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences.OccurrenceForm;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Person;

/**
 * The checks of an occurrence form against its programme: the course is a JOINT LIVE or OFFLINE course of the current
 * version; LIVE needs an http(s) link, OFFLINE a venue; the times are in order and, as dates in the region's zone, inside
 * the programme's period; the region is one of the programme's (and the caller's); the invited groups are the programme's,
 * each with a member in the region.
 */
final class OccurrenceRules {

	static final int VENUE_MAX = 300;
	static final int URL_MAX = 1000;
	static final int NOTE_MAX = 1000;

	private final Programmes.Version version;
	private final List<Courses.Course> courses;
	private final Map<UUID, GroupView> groups;
	private final java.util.function.Function<io.cotrain.tenancy.RegionId, Optional<RegionInfo>> regions;

	OccurrenceRules(Programmes.Version version, List<Courses.Course> courses, Map<UUID, GroupView> groups,
			java.util.function.Function<io.cotrain.tenancy.RegionId, Optional<RegionInfo>> regions) {
		this.version = version;
		this.courses = courses;
		this.groups = groups;
		this.regions = regions;
	}

	/** Whether the course is one occurrences are planned for. */
	static boolean session(Courses.Course course) {
		return course.audience() == Audience.JOINT && (course.mode() == Courses.Mode.LIVE || course.mode() == Courses.Mode.OFFLINE);
	}

	List<Violation> check(OccurrenceForm form) {
		List<Violation> problems = new ArrayList<>();
		Courses.Course course = course(form, problems);
		if (course != null && course.mode() == Courses.Mode.OFFLINE && blank(form.venue())) {
			problems.add(new Violation("venue", "training.occurrence.venueRequired"));
		}
		length(problems, "venue", form.venue(), VENUE_MAX);
		if (!blank(form.onlineUrl())) {
			length(problems, "onlineUrl", form.onlineUrl(), URL_MAX);
			if (!web(form.onlineUrl().strip())) {
				problems.add(new Violation("onlineUrl", "training.occurrence.linkInvalid"));
			}
		}
		else if (course != null && course.mode() == Courses.Mode.LIVE) {
			problems.add(new Violation("onlineUrl", "training.occurrence.linkRequired"));
		}
		length(problems, "note", form.note(), NOTE_MAX);
		RegionInfo region = region(form, problems);
		times(form, region, problems);
		groups(form, region, problems);
		return problems;
	}

	private Courses.Course course(OccurrenceForm form, List<Violation> problems) {
		if (form.courseKey() == null) {
			problems.add(new Violation("courseKey", "training.occurrence.courseRequired"));
			return null;
		}
		Courses.Course course = courses.stream().filter(c -> c.key().equals(form.courseKey())).findFirst().orElse(null);
		if (course == null || !session(course)) {
			problems.add(new Violation("courseKey", "training.occurrence.notJointSession"));
			return null;
		}
		return course;
	}

	private RegionInfo region(OccurrenceForm form, List<Violation> problems) {
		if (form.regionId() == null) {
			problems.add(new Violation("regionId", "training.occurrence.regionRequired"));
			return null;
		}
		Optional<RegionInfo> region = regions.apply(form.regionId());
		if (region.isEmpty() || !version.regions().contains(form.regionId()) || !TenantScope.require().sees(form.regionId())) {
			problems.add(new Violation("regionId", "training.occurrence.unknownRegion"));
			return null;
		}
		return region.get();
	}

	private void times(OccurrenceForm form, RegionInfo region, List<Violation> problems) {
		if (form.startsAt() == null) {
			problems.add(new Violation("startsAt", "training.occurrence.startRequired"));
		}
		if (form.endsAt() == null) {
			problems.add(new Violation("endsAt", "training.occurrence.endRequired"));
		}
		else if (form.startsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
			problems.add(new Violation("endsAt", "training.occurrence.endBeforeStart"));
		}
		if (region == null) {
			return;
		}
		if (form.startsAt() != null && LocalDate.ofInstant(form.startsAt(), region.timeZone()).isBefore(version.startsOn())) {
			problems.add(new Violation("startsAt", "training.occurrence.outsidePeriod", version.startsOn(), version.endsOn()));
		}
		if (form.endsAt() != null && LocalDate.ofInstant(form.endsAt(), region.timeZone()).isAfter(version.endsOn())) {
			problems.add(new Violation("endsAt", "training.occurrence.outsidePeriod", version.startsOn(), version.endsOn()));
		}
	}

	private void groups(OccurrenceForm form, RegionInfo region, List<Violation> problems) {
		if (form.groupIds() == null || form.groupIds().isEmpty()) {
			problems.add(new Violation("groupIds", "training.occurrence.groupsRequired"));
			return;
		}
		for (UUID id : form.groupIds()) {
			GroupView group = id == null ? null : groups.get(id);
			if (group == null) {
				problems.add(new Violation("groupIds", "training.occurrence.unknownGroup"));
			}
			else if (region != null && !hasMemberIn(group, region)) {
				problems.add(new Violation("groupIds", "training.occurrence.groupNotInRegion", group.number(), region.name()));
			}
		}
	}

	private static boolean hasMemberIn(GroupView group, RegionInfo region) {
		return in(group.cadre(), region) || group.clerks().stream().anyMatch(c -> in(c.clerk(), region));
	}

	private static boolean in(Person person, RegionInfo region) {
		return person != null && region.id().equals(person.region());
	}

	private static void length(List<Violation> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new Violation(field, "training.occurrence.tooLong", max));
		}
	}

	static boolean web(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
