package io.cotrain.training.path;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cycle check of a "requires" graph (node → the nodes it requires). */
final class Cycles {

	private Cycles() {
	}

	/**
	 * The cycle the new edge {@code node → required} would close, as {@code [node, required, …, node]}; empty when the
	 * graph stays acyclic. A path from {@code required} back to {@code node} is searched depth first (iteratively).
	 */
	static <T> List<T> closedBy(Map<T, ? extends Collection<T>> requires, T node, T required) {
		if (node.equals(required)) {
			return List.of(node, node);
		}
		Deque<List<T>> stack = new ArrayDeque<>();
		Set<T> seen = new HashSet<>();
		stack.push(List.of(required));
		while (!stack.isEmpty()) {
			List<T> path = stack.pop();
			T last = path.get(path.size() - 1);
			if (last.equals(node)) {
				List<T> cycle = new ArrayList<>();
				cycle.add(node);
				cycle.addAll(path);
				return cycle;
			}
			if (!seen.add(last)) {
				continue;
			}
			Collection<T> direct = requires.get(last);
			for (T next : direct == null ? List.<T>of() : direct) {
				List<T> longer = new ArrayList<>(path);
				longer.add(next);
				stack.push(longer);
			}
		}
		return List.of();
	}
}
