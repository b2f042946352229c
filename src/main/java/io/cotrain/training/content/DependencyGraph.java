package io.cotrain.training.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A "requires" relation (task steps, learning path items), as a directed graph (step → the steps it requires). A new edge
 * {@code step → required} closes a cycle exactly when {@code step} is already reachable from {@code required}; a
 * depth-first search finds that path, which is reported as the cycle.
 */
public final class DependencyGraph<T> {

	private final Map<T, ? extends Collection<T>> requires;

	/** @param requires each node's direct requirements (absent: none) */
	public DependencyGraph(Map<T, ? extends Collection<T>> requires) {
		this.requires = requires;
	}

	/**
	 * The cycle that the edge {@code step → required} would close, as {@code [step, required, …, step]}; empty when
	 * the edge keeps the graph acyclic.
	 */
	public List<T> cycleIfAdded(T step, T required) {
		if (step.equals(required)) {
			return List.of(step, step);
		}
		List<T> path = path(required, step);
		if (path.isEmpty()) {
			return List.of();
		}
		List<T> cycle = new ArrayList<>();
		cycle.add(step);
		cycle.addAll(path);
		return cycle;
	}

	/** A path {@code from → … → to} along the edges (iterative DFS, so deep chains need no deep stack); empty if none. */
	List<T> path(T from, T to) {
		Deque<T> stack = new ArrayDeque<>();
		Deque<Iterator<T>> next = new ArrayDeque<>();
		Set<T> visited = new HashSet<>();
		stack.push(from);
		next.push(successors(from));
		visited.add(from);
		while (!stack.isEmpty()) {
			if (stack.peek().equals(to)) {
				List<T> path = new ArrayList<>(stack);
				java.util.Collections.reverse(path);
				return path;
			}
			Iterator<T> successors = next.peek();
			if (successors.hasNext()) {
				T node = successors.next();
				if (visited.add(node)) {
					stack.push(node);
					next.push(successors(node));
				}
			}
			else {
				stack.pop();
				next.pop();
			}
		}
		return List.of();
	}

	private Iterator<T> successors(T node) {
		Collection<T> direct = requires.get(node);
		return direct == null ? java.util.Collections.emptyIterator() : direct.iterator();
	}
}
