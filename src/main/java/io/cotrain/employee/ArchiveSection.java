package io.cotrain.employee;

import java.util.Locale;
import java.util.Optional;

/**
 * Extension point of the employee archive page (员工档案): later modules (competencies, training hours,
 * check-ins, tasks) contribute a section without this module depending on them. A section is rendered from the
 * contributing module's own template fragment.
 */
public interface ArchiveSection {

	/** Position on the page, ascending. */
	int order();

	/** The section for this employee, or empty when there is nothing to show (or the caller may not see it). */
	Optional<Content> content(EmployeeView employee, Locale locale);

	/**
	 * @param titleKey message key of the section title
	 * @param template Thymeleaf fragment, e.g. {@code competency/archive :: section}
	 * @param model variables the fragment reads, under {@code section}
	 */
	record Content(String titleKey, String template, Object model) {
	}
}
