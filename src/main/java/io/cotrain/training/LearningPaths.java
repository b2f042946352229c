package io.cotrain.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Learning paths (学习路径): one per role (clerk, cadre) per programme version — ordered items, each a course or a
 * task step named by its stable key, FLEXIBLE (any time before its due date) or FIXED (at the scheduled occurrences
 * of a JOINT LIVE or OFFLINE course, which is FIXED on both paths), with prerequisites (never a cycle) and checkpoints
 * (a date and the share of the path expected done by then). Only a draft version changes.
 */
public interface LearningPaths {

	enum Role {
		CLERK, CADRE
	}

	enum ItemKind {
		COURSE, TASK_STEP
	}

	enum Schedule {
		FLEXIBLE, FIXED
	}

	/**
	 * @param refKey the course's or task step's key
	 * @param schedule null: FIXED for a JOINT LIVE/OFFLINE course, else FLEXIBLE
	 * @param dueOn the due date of a FLEXIBLE item (within the programme's period); null for FIXED items
	 * @param position null: at the end
	 */
	record ItemForm(ItemKind kind, UUID refKey, Schedule schedule, LocalDate dueOn, Integer position) {
	}

	record Item(UUID key, ItemKind kind, UUID refKey, String title, Schedule schedule, LocalDate dueOn, int position,
			List<UUID> requires) {
	}

	record CheckpointForm(LocalDate dueOn, Integer expectedPercent, String label) {
	}

	record Checkpoint(UUID key, LocalDate dueOn, int expectedPercent, String label) {
	}

	record Path(UUID key, Role role, List<Item> items, List<Checkpoint> checkpoints) {
	}

	/** Both paths of a version (a role without items has an empty path). */
	List<Path> paths(UUID programme, int version);

	Path path(UUID programme, int version, Role role);

	Item addItem(UUID programme, int version, Role role, ItemForm form);

	Item updateItem(UUID programme, int version, Role role, UUID itemKey, ItemForm form);

	void removeItem(UUID programme, int version, Role role, UUID itemKey);

	/** {@code itemKey} may start only when {@code requiredKey} is done; refused when it would close a cycle. */
	void addPrerequisite(UUID programme, int version, Role role, UUID itemKey, UUID requiredKey);

	void removePrerequisite(UUID programme, int version, Role role, UUID itemKey, UUID requiredKey);

	Checkpoint addCheckpoint(UUID programme, int version, Role role, CheckpointForm form);

	void removeCheckpoint(UUID programme, int version, Role role, UUID checkpointKey);
}
