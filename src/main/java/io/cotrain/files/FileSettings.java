package io.cotrain.files;

import io.cotrain.tenancy.Setting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant's file limits. The size limit's maximum stays below the servlet's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}), so an oversized upload reaches the store and gets its message.
 */
@Configuration(proxyBeanMethods = false)
public class FileSettings {

	/** The largest file (MB = 1,048,576 bytes) of the default {@link FilePolicy}s. */
	public static final Setting<Integer> MAX_SIZE_MB = Setting.integer("files.max-size-mb", 20, 1, 50, false);

	/** Whether documents (PDF, Word, Excel, PowerPoint, text, CSV) may be uploaded at all. */
	public static final Setting<Boolean> DOCUMENTS_ALLOWED = Setting.flag("files.documents-allowed", true, false);

	/** Whether images (PNG, JPEG, GIF, WebP) may be uploaded at all. */
	public static final Setting<Boolean> IMAGES_ALLOWED = Setting.flag("files.images-allowed", true, false);

	public static Setting<Boolean> allowed(FileKind.Category category) {
		return switch (category) {
			case DOCUMENT -> DOCUMENTS_ALLOWED;
			case IMAGE -> IMAGES_ALLOWED;
		};
	}

	@Bean
	Setting<Integer> filesMaxSizeMb() {
		return MAX_SIZE_MB;
	}

	@Bean
	Setting<Boolean> filesDocumentsAllowed() {
		return DOCUMENTS_ALLOWED;
	}

	@Bean
	Setting<Boolean> filesImagesAllowed() {
		return IMAGES_ALLOWED;
	}
}
