package io.cotrain.tenancy;

import java.util.Locale;

/**
 * A tenant as other modules see it.
 *
 * @param name the registered name (usually Chinese)
 * @param nameEn the English name, or null
 */
public record TenantInfo(TenantId id, String code, String name, String nameEn) {

	/** The name to show in a UI of {@code locale}: the English name in English when there is one. */
	public String name(Locale locale) {
		return nameEn != null && !nameEn.isBlank() && "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
