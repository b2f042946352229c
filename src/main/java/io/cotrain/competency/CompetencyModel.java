package io.cotrain.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.PositionId;

/**
 * The tenant's competency model: competencies with five level descriptors, the level each position requires, and
 * employees' assessed levels. Writes are validated here and refused with
 * {@link io.cotrain.shared.RuleViolationException} field errors.
 */
public interface CompetencyModel {

	enum Category {
		EXECUTION, MANAGEMENT, COLLABORATION
	}

	enum Source {
		SELF, MENTOR, TEST
	}

	/** @param levelsZh the five level descriptors (level 1 first), as are {@code levelsEn} */
	record Competency(UUID id, String code, String nameZh, String nameEn, Category category, List<String> levelsZh,
			List<String> levelsEn) {

		public String name(java.util.Locale locale) {
			return nameEn != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	/** @param levelsZh optional, at most five descriptors (level 1 first); the same for {@code levelsEn} */
	record CompetencyForm(String code, String nameZh, String nameEn, Category category, List<String> levelsZh,
			List<String> levelsEn) {
	}

	record Requirement(PositionId positionId, UUID competencyId, String competencyCode, int requiredLevel) {
	}

	record RequiredLevel(UUID competencyId, Integer requiredLevel) {
	}

	record Assessment(UUID id, EmployeeId employeeId, UUID competencyId, String competencyCode, int level,
			LocalDate assessedOn, Source source, String assessor) {
	}

	/** @param assessedOn default today in the employee's region calendar */
	record AssessmentForm(EmployeeId employeeId, UUID competencyId, Integer level, LocalDate assessedOn, Source source,
			String assessor) {
	}

	/** By code. */
	List<Competency> competencies();

	/** @throws io.cotrain.shared.NotFoundException when unknown */
	Competency competency(UUID id);

	Competency create(CompetencyForm form);

	/** The code stays. */
	Competency update(UUID id, CompetencyForm form);

	/** The requirements of a position, or of every position when {@code position} is null. */
	List<Requirement> requirements(PositionId position);

	/** Replaces the position's requirements with {@code levels} (1–5 each). */
	List<Requirement> setRequirements(PositionId position, List<RequiredLevel> levels);

	/** An employee's assessments (or those of every employee visible in the scope, when null), newest first. */
	List<Assessment> assessments(EmployeeId employee);

	Assessment assess(AssessmentForm form);
}
