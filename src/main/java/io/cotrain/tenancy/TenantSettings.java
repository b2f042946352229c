package io.cotrain.tenancy;

import java.util.List;

/**
 * The value in force of each {@link Setting} for the current tenant: the region's value where the setting
 * may differ per region and the region has one, else the tenant's, else the declared default.
 */
public interface TenantSettings {

	<T> T get(Setting<T> setting);

	<T> T get(Setting<T> setting, RegionId region);

	/**
	 * The values in force of several settings for the region (each as {@link #get(Setting, RegionId)} gives it), read in
	 * one query; the result answers only for these settings.
	 */
	Values get(List<Setting<?>> settings, RegionId region);

	/** Setting values read together. */
	interface Values {

		/** @throws IllegalArgumentException for a setting that was not read */
		<T> T get(Setting<T> setting);
	}

	/**
	 * Sets (or, with a null value, removes) the tenant's or a region's value; audited.
	 *
	 * @throws io.cotrain.shared.RuleViolationException when the text is not a valid value (field {@code value})
	 */
	void set(String key, RegionId region, String value);

	/** Every declared setting with its default, the tenant's value and the regions' values, for the settings page. */
	List<Entry> entries();

	record Entry(Setting<?> setting, String defaultValue, String tenantValue, java.util.Map<RegionId, String> regionValues) {
	}
}
