package io.cotrain.files;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.cotrain.tenancy.Setting;

/**
 * What one use of the store accepts: the kinds of file and the setting that holds the size limit in MB. The tenant's
 * switches ({@link FileSettings#DOCUMENTS_ALLOWED}, {@link FileSettings#IMAGES_ALLOWED}) narrow the kinds further. A
 * module that needs another limit declares its own integer setting and passes it with {@link #withMaxSize}.
 */
public record FilePolicy(Set<FileKind> kinds, Setting<Integer> maxSizeMb) {

	/** Documents and images up to {@link FileSettings#MAX_SIZE_MB}: course materials, task evidence. */
	public static final FilePolicy DOCUMENTS_AND_IMAGES = new FilePolicy(EnumSet.allOf(FileKind.class), FileSettings.MAX_SIZE_MB);

	public static final FilePolicy DOCUMENTS = new FilePolicy(FileKind.of(FileKind.Category.DOCUMENT), FileSettings.MAX_SIZE_MB);

	public static final FilePolicy IMAGES = new FilePolicy(FileKind.of(FileKind.Category.IMAGE), FileSettings.MAX_SIZE_MB);

	public FilePolicy {
		Objects.requireNonNull(maxSizeMb, "maxSizeMb");
		if (kinds.isEmpty()) {
			throw new IllegalArgumentException("a policy accepts at least one kind");
		}
		kinds = Set.copyOf(kinds);
	}

	public static FilePolicy of(FileKind first, FileKind... more) {
		return new FilePolicy(EnumSet.of(first, more), FileSettings.MAX_SIZE_MB);
	}

	public FilePolicy withMaxSize(Setting<Integer> setting) {
		return new FilePolicy(kinds, setting);
	}
}
