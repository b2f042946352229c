package io.cotrain.training.session;

import java.util.ArrayList;
import java.util.HashSet;
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
 * The roster of an occurrence: the members of its invited groups, by group number, the cadre first, each with the
 * mentor the group names for them (the cadre's department manager, each clerk's frontline supervisor).
 */
final class Roster {

	private final Groups groups;

	Roster(Groups groups) {
		this.groups = groups;
	}

	List<RosterEntry> of(Occurrence occurrence, Map<EmployeeId, OccurrenceStore.Recorded> recorded) {
		Set<UUID> invited = new HashSet<>(occurrence.groupIds());
		List<RosterEntry> roster = new ArrayList<>();
		for (GroupView group : groups.list(occurrence.programmeId())) {
			if (!invited.contains(group.id())) {
				continue;
			}
			roster.add(entry(group, group.cadre(), MemberRole.CADRE, group.cadreMentor(), recorded));
			group.clerks().forEach(c -> roster.add(entry(group, c.clerk(), MemberRole.CLERK, c.mentor(), recorded)));
		}
		return roster;
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
