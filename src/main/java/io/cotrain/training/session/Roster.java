package io.cotrain.training.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.training.Occurrences.MemberRole;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.RosterEntry;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import io.cotrain.training.group.Person;

/**
 * The roster of an occurrence: the members of its invited groups (only those are read), by group number, the cadre first, each with the
 * mentor the group names for them (the cadre's department manager, each clerk's frontline supervisor).
 */
final class Roster {

	private final Groups groups;

	Roster(Groups groups) {
		this.groups = groups;
	}

	List<RosterEntry> of(Occurrence occurrence, Map<EmployeeId, OccurrenceStore.Recorded> recorded) {
		return of(List.of(occurrence), Map.of(occurrence.id(), recorded)).get(occurrence.id());
	}

	/**
	 * The rosters of the occurrences (the members of their invited groups, by group number), reading each programme's
	 * invited groups once; {@code recorded}: each occurrence's recorded attendance (missing: none).
	 */
	Map<UUID, List<RosterEntry>> of(List<Occurrence> occurrences, Map<UUID, Map<EmployeeId, OccurrenceStore.Recorded>> recorded) {
		Map<UUID, Set<UUID>> invitedByProgramme = new HashMap<>();
		occurrences.forEach(o -> invitedByProgramme.computeIfAbsent(o.programmeId(), p -> new HashSet<>()).addAll(o.groupIds()));
		Map<UUID, List<GroupView>> groupsByProgramme = new HashMap<>();
		invitedByProgramme.forEach((programme, invited) -> groupsByProgramme.put(programme, groups.of(programme, invited)));
		Map<UUID, List<RosterEntry>> rosters = new LinkedHashMap<>();
		for (Occurrence occurrence : occurrences) {
			Set<UUID> invited = new HashSet<>(occurrence.groupIds());
			Map<EmployeeId, OccurrenceStore.Recorded> marks = recorded.getOrDefault(occurrence.id(), Map.of());
			List<RosterEntry> roster = new ArrayList<>();
			for (GroupView group : groupsByProgramme.get(occurrence.programmeId())) {
				if (!invited.contains(group.id())) {
					continue;
				}
				roster.add(entry(group, group.cadre(), MemberRole.CADRE, group.cadreMentor(), marks));
				group.clerks().forEach(c -> roster.add(entry(group, c.clerk(), MemberRole.CLERK, c.mentor(), marks)));
			}
			rosters.put(occurrence.id(), roster);
		}
		return rosters;
	}

	private static RosterEntry entry(GroupView group, Person member, MemberRole role, Person mentor,
			Map<EmployeeId, OccurrenceStore.Recorded> recorded) {
		OccurrenceStore.Recorded r = recorded.get(member.id());
		return new RosterEntry(member.id(), member.employeeNo(), member.name(), role, group.id(), group.number(),
				mentor == null ? null : mentor.id(), mentor == null ? null : mentor.name(), r == null ? null : r.status(),
				r == null ? null : r.source(), r == null ? null : r.note(), r == null ? null : r.recordedAt(),
				r == null ? null : r.recordedBy());
	}
}
