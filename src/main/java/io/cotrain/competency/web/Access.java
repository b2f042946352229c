package io.cotrain.competency.web;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who reads and who changes the competency module's data: one definition for the API and the pages. The model
 * (competencies, required levels, KPI definitions, scenarios) is the tenant's, so only HR changes it, as it does
 * positions; assessments and KPI records belong to employees, so region admins record them for theirs (row security
 * keeps them to their regions). Pages get {@code canEdit}, so read-only users see no edit buttons.
 */
@ControllerAdvice(basePackageClasses = Access.class)
class Access {

	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')";
	/** Changes to the model. Keep equal to {@link #WRITERS}. */
	static final String WRITE = "hasRole('HR_ADMIN')";
	/** Assessments and KPI records of employees (also their files). Keep equal to {@link #RECORDERS}. */
	static final String RECORD = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";
	static final Set<String> RECORDERS = Set.of("HR_ADMIN", "REGION_ADMIN");
	static final Set<String> READERS = Set.of("HR_ADMIN", "REGION_ADMIN", "AUDITOR");
	static final Set<String> WRITERS = Set.of("HR_ADMIN");

	@ModelAttribute("canEdit")
	boolean canEdit(Authentication user) {
		return user != null && user.getAuthorities().stream().anyMatch(a -> WRITERS.contains(a.getAuthority().replaceFirst("^ROLE_", "")));
	}
}
