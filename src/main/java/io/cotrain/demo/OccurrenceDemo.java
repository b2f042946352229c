package io.cotrain.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.Mark;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.RosterEntry;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

import org.springframework.stereotype.Component;

/**
 * Issue 5: the sessions of the demo programme's JOINT LIVE and OFFLINE courses — per course and region one session (an
 * OFFLINE one at the region's training room, a LIVE one with a meeting link) inviting the region's groups. The earlier
 * half of the courses (in course order) took place in the last days, and their mentors have recorded attendance (everyone
 * PRESENT but one LATE and one ABSENT); the later half is upcoming. Runs in the demo tenant's all-regions scope; does nothing without such courses or groups, and plans only
 * the (course, region) sessions that are missing.
 */
@Component
class OccurrenceDemo {

	static final Map<String, String> VENUES = Map.of("cn-east", "上海总部 3F 培训室", "vn-hcm", "胡志明市分公司 2F 会议室");

	private final Programmes programmes;
	private final Occurrences occurrences;
	private final Groups groups;
	private final TenantDirectory directory;
	private final Clock clock;

	OccurrenceDemo(Programmes programmes, Occurrences occurrences, Groups groups, TenantDirectory directory, Clock clock) {
		this.programmes = programmes;
		this.occurrences = occurrences;
		this.groups = groups;
		this.directory = directory;
		this.clock = clock;
	}

	void seed() {
		Optional<Programmes.Programme> found = programmes.list().stream().filter(p -> p.code().equals(TrainingDemo.PROGRAMME)).findFirst();
		if (found.isEmpty() || found.get().status() == Programmes.Status.CLOSED) {
			return;
		}
		Programmes.Programme programme = found.get();
		List<Courses.Course> courses = occurrences.sessionCourses(programme.id());
		List<GroupView> all = groups.list(programme.id());
		if (courses.isEmpty() || all.isEmpty()) {
			return;
		}
		Set<String> planned = new HashSet<>();
		occurrences.list(programme.id()).forEach(o -> planned.add(o.courseKey() + "/" + o.regionId()));
		List<RegionId> regions = programme.current().regions();
		for (int r = 0; r < regions.size(); r++) {
			RegionInfo region = directory.region(regions.get(r));
			List<UUID> invited = all.stream().filter(g -> inRegion(g, region.id())).map(GroupView::id).toList();
			for (int c = 0; c < courses.size(); c++) {
				Courses.Course course = courses.get(c);
				if (invited.isEmpty() || !planned.add(course.key() + "/" + region.id())) {
					continue;
				}
				plan(programme, course, region, invited, courses.size() == 1 ? r % 2 == 0 : c < (courses.size() + 1) / 2, c);
			}
		}
	}

	private void plan(Programmes.Programme programme, Courses.Course course, RegionInfo region, List<UUID> invited, boolean past,
			int index) {
		Programmes.Version version = programme.current();
		LocalDate today = region.today(clock);
		LocalDate day = past ? today.minusDays(2L + index) : today.plusDays(5L + index);
		if (day.isBefore(version.startsOn()) || day.isAfter(version.endsOn())) {
			day = past ? today.plusDays(5L + index) : today.minusDays(2L + index);
			past = !past;
		}
		if (day.isBefore(version.startsOn()) || day.isAfter(version.endsOn())) {
			return;
		}
		boolean live = course.mode() == Courses.Mode.LIVE;
		Instant start = day.atTime(14, 0).atZone(region.timeZone()).toInstant();
		Instant end = start.plus(live ? Duration.ofMinutes(90) : Duration.ofHours(2));
		String venue = live ? null : VENUES.getOrDefault(region.code(), region.name() + " 培训室");
		String link = live ? "https://meeting.example.com/cotrain/" + course.code().toLowerCase(Locale.ROOT) + "-" + region.code() : null;
		Occurrence occurrence = occurrences.create(programme.id(), new Occurrences.OccurrenceForm(course.key(), region.id(), start, end,
				venue, link, null, invited));
		if (past && !clock.instant().isBefore(start)) {
			record(programme.id(), occurrence);
		}
	}

	/** Everyone PRESENT, apart from the second member (LATE) and the third (ABSENT). */
	private void record(UUID programme, Occurrence occurrence) {
		List<RosterEntry> roster = occurrences.roster(programme, occurrence.id());
		List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < roster.size(); i++) {
			Attendance status = i == 1 ? Attendance.LATE : i == 2 ? Attendance.ABSENT : Attendance.PRESENT;
			marks.add(new Mark(roster.get(i).employeeId(), status, i == 1 ? "迟到 10 分钟" : null));
		}
		occurrences.record(programme, occurrence.id(), marks);
	}

	private static boolean inRegion(GroupView group, RegionId region) {
		return region.equals(group.cadre().region()) || group.clerks().stream().anyMatch(c -> region.equals(c.clerk().region()));
	}
}
