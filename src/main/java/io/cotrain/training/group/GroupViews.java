package io.cotrain.training.group;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;

/** Stored groups as {@link GroupView}s, with the names of the people the caller may see (one directory read). */
final class GroupViews {

	private final GroupStore store;
	private final EmployeeDirectory directory;

	GroupViews(GroupStore store, EmployeeDirectory directory) {
		this.store = store;
		this.directory = directory;
	}

	List<GroupView> of(UUID programme, List<GroupStore.GroupRow> groups) {
		Map<UUID, List<GroupStore.MemberRow>> members = store.members(groups.stream().map(GroupStore.GroupRow::id).toList()).stream()
			.collect(Collectors.groupingBy(GroupStore.MemberRow::group));
		Set<EmployeeId> ids = new HashSet<>();
		groups.forEach(g -> {
			ids.add(g.cadre());
			ids.add(g.cadreMentor());
		});
		members.values().stream().flatMap(List::stream).forEach(m -> {
			ids.add(m.clerk());
			ids.add(m.mentor());
		});
		ids.remove(null);
		Map<EmployeeId, Person> people = new HashMap<>();
		directory.getAll(ids).forEach((EmployeeView e) -> people.put(e.id(), Person.of(e)));
		return groups.stream().map(g -> new GroupView(g.id(), programme, g.number(), person(people, g.cadre()),
				person(people, g.cadreMentor()), g.cadreMentorReasons(), g.score(),
				members.getOrDefault(g.id(), List.of()).stream()
					.map(m -> new GroupClerk(person(people, m.clerk()), m.score(), m.reasons(), person(people, m.mentor()), m.mentorReasons()))
					.sorted(Comparator.comparing((GroupClerk c) -> c.clerk().employeeNo(), Comparator.nullsLast(Comparator.naturalOrder()))
						.thenComparing(c -> c.clerk().id().value()))
					.toList(),
				g.createdAt())).toList();
	}

	private static Person person(Map<EmployeeId, Person> people, EmployeeId id) {
		return id == null ? null : Objects.requireNonNullElseGet(people.get(id), () -> Person.hidden(id));
	}
}
