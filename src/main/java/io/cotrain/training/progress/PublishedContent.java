package io.cotrain.training.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.training.Courses;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.Programmes;
import io.cotrain.training.TaskTemplates;

import org.springframework.stereotype.Component;

/**
 * The content of published versions, read once per node: only drafts change ({@code programme.Drafts}), so the courses,
 * task steps and paths of a version published at a given instant never do. The key holds the tenant and the instant of
 * publication, so a publication that was rolled back and done again is read anew. Call only with a programme the caller
 * was allowed to read; the most recently used {@value #MAX} versions are kept.
 */
@Component
class PublishedContent {

	static final int MAX = 64;

	private record Key(TenantId tenant, UUID programme, int version, Instant publishedAt) {
	}

	private record Parts(Map<UUID, Courses.Course> courses, Map<UUID, TaskTemplates.Step> steps, Map<LearningPaths.Role, LearningPaths.Path> paths) {
	}

	private final Courses courses;
	private final TaskTemplates tasks;
	private final LearningPaths paths;
	private final Map<Key, Parts> read = new LinkedHashMap<>(MAX, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Parts> eldest) {
			return size() > MAX;
		}
	};

	PublishedContent(Courses courses, TaskTemplates tasks, LearningPaths paths) {
		this.courses = courses;
		this.tasks = tasks;
		this.paths = paths;
	}

	/** The content of the programme's published version. */
	Content of(Programmes.Programme programme) {
		Programmes.Version version = programme.published();
		Key key = new Key(TenantScope.require().tenant(), programme.id(), version.version(), version.publishedAt());
		Parts parts;
		synchronized (read) {
			parts = read.get(key);
		}
		if (parts == null) {
			Content loaded = Content.load(programme, courses, tasks, paths);
			parts = new Parts(Map.copyOf(loaded.courses()), Map.copyOf(loaded.steps()), Map.copyOf(loaded.paths()));
			synchronized (read) {
				read.put(key, parts);
			}
		}
		return new Content(programme, version, parts.courses(), parts.steps(), parts.paths());
	}
}
