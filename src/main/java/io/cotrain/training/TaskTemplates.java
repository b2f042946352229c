package io.cotrain.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The collaborative task templates of a programme version (e.g. 订单流程优化): steps by role with credit hours, the
 * evidence each requires, a due offset from the task's start, and dependencies between the steps of one task. Running
 * tasks and their check-ins are another module's; they refer to templates and steps by key.
 * <p>
 * Keys, drafts and errors as in {@link Courses}. Dependencies never form a cycle: a dependency that would close one is
 * refused ({@code training.dependency.cycle}, naming the steps of the cycle).
 */
public interface TaskTemplates {

	enum EvidenceKind {
		FILE, TEXT, LINK
	}

	/** @param graceHours hours after a step's due time before the joint hours are at risk */
	record Task(UUID id, UUID key, UUID programmeId, int version, String code, String titleZh, String titleEn,
			String description, int graceHours, int position, List<UUID> competencyIds, List<Step> steps) {

		public String title(Locale locale) {
			return titleEn != null && "en".equals(locale.getLanguage()) ? titleEn : titleZh;
		}
	}

	/** @param graceHours null: the tenant's {@link ContentSettings#GRACE_HOURS} */
	record TaskForm(String code, String titleZh, String titleEn, String description, Integer graceHours,
			List<UUID> competencyIds) {
	}

	/**
	 * @param dueOffsetDays days from the task's start to the step's due date
	 * @param requires the keys of the steps (of the same task) that must be done first
	 */
	record Step(UUID id, UUID key, Audience role, String title, String description, BigDecimal creditHours,
			Set<EvidenceKind> evidence, int dueOffsetDays, int position, List<UUID> requires) {
	}

	/** @param creditHours null: the tenant's default for the role ({@link ContentSettings#stepHours}) */
	record StepForm(Audience role, String title, String description, BigDecimal creditHours, Set<EvidenceKind> evidence,
			Integer dueOffsetDays) {
	}

	/** The version's task templates with their steps. */
	List<Task> list(UUID programme, int version);

	Task get(UUID programme, int version, UUID task);

	Task create(UUID programme, int version, TaskForm form);

	Task update(UUID programme, int version, UUID task, TaskForm form);

	/** Deletes the task with its steps and their dependencies. */
	void delete(UUID programme, int version, UUID task);

	/** @param order every task key of the version, each once, in the new order */
	List<Task> reorder(UUID programme, int version, List<UUID> order);

	Step addStep(UUID programme, int version, UUID task, StepForm form);

	Step updateStep(UUID programme, int version, UUID task, UUID step, StepForm form);

	/** Deletes the step and every dependency on it. */
	void deleteStep(UUID programme, int version, UUID task, UUID step);

	List<Step> reorderSteps(UUID programme, int version, UUID task, List<UUID> order);

	/** Makes {@code step} require {@code required} (a step of the same task); nothing changes when it already does. */
	Step require(UUID programme, int version, UUID task, UUID step, UUID required);

	/** Removes the dependency; nothing changes when there is none. */
	Step unrequire(UUID programme, int version, UUID task, UUID step, UUID required);
}
