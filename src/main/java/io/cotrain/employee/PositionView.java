package io.cotrain.employee;

/**
 * A position. {@code grade} orders positions for promotion: a move to a higher grade is a promotion.
 */
public record PositionView(PositionId id, String code, String name, String nameEn, RoleType roleType, int grade) {

	/** The name to show in a UI of {@code locale}: the English name in English when there is one. */
	public String name(java.util.Locale locale) {
		return nameEn != null && !nameEn.isBlank() && "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
