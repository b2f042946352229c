package io.cotrain.training.material.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.files.Upload;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials.MaterialForm;

import org.springframework.web.multipart.MultipartFile;

/**
 * Who may do what with the library, for pages and API alike: HR writes; HR, region admins and auditors read the whole
 * library; a material's file or link is opened by any signed-in role, and the service decides (learners and mentors:
 * only materials matched to their own groups); a group's matched materials are for the readers and its mentors.
 */
final class MaterialAccess {

	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')";
	static final String WRITE = "hasRole('HR_ADMIN')";
	static final String OPEN = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR','MENTOR','EMPLOYEE')";
	static final String GROUP = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR','MENTOR')";

	private MaterialAccess() {
	}

	/** A choice of audience as sent in a form; unknown → null (the service refuses it as a missing choice). */
	static Audience audience(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Audience.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** A form's file field: none chosen (no name and no bytes) is no upload. */
	static Upload upload(MultipartFile file) {
		return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) ? null
				: Upload.of(file);
	}

	/** The fields of a multipart request (API), as the service takes them. */
	record Fields(String code, String title, String description, String audience, List<UUID> tagIds, String url) {

		MaterialForm form() {
			return new MaterialForm(code, title, description, MaterialAccess.audience(audience), tagIds, url);
		}
	}
}
