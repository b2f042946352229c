package io.cotrain.tenancy.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.Setting;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings in table {@code tenant_setting} (row-level security like every tenant-owned table). The settings
 * that exist are the {@link Setting} beans the modules declare.
 */
@Service
class JdbcTenantSettings implements TenantSettings {

	private final Map<String, Setting<?>> declared;
	private final JdbcClient jdbc;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;

	JdbcTenantSettings(ObjectProvider<Setting<?>> declared, JdbcClient jdbc, TenantDirectory directory, Accounts accounts, AuditLog audit,
			Clock clock) {
		this.declared = declared.orderedStream().sorted(Comparator.comparing(Setting::key))
			.collect(Collectors.toMap(Setting::key, Function.identity(), (a, b) -> {
				throw new IllegalStateException("setting declared twice: " + a.key());
			}, LinkedHashMap::new));
		this.jdbc = jdbc;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public <T> T get(Setting<T> setting) {
		return stored(setting.key(), null).map(setting::parse).orElse(setting.defaultValue());
	}

	@Override
	@Transactional(readOnly = true)
	public <T> T get(Setting<T> setting, RegionId region) {
		if (setting.perRegion() && region != null) {
			Optional<String> regional = stored(setting.key(), region);
			if (regional.isPresent()) {
				return setting.parse(regional.get());
			}
		}
		return get(setting);
	}

	@Override
	@Transactional(readOnly = true)
	public Values get(List<Setting<?>> settings, RegionId region) {
		Map<String, String> tenantWide = new HashMap<>();
		Map<String, String> regional = new HashMap<>();
		jdbc.sql("select key, region_id is not null as regional, value from tenant_setting where key in (:keys) and "
				+ (region == null ? "region_id is null" : "(region_id is null or region_id = :region)"))
			.param("keys", settings.stream().map(Setting::key).toList()).param("region", region == null ? null : region.value())
			.query((rs, n) -> (rs.getBoolean("regional") ? regional : tenantWide).put(rs.getString("key"), rs.getString("value"))).list();
		Map<String, Object> values = new HashMap<>();
		for (Setting<?> setting : settings) {
			String stored = setting.perRegion() && regional.containsKey(setting.key()) ? regional.get(setting.key())
					: tenantWide.get(setting.key());
			values.put(setting.key(), stored == null ? setting.defaultValue() : setting.parse(stored));
		}
		return new Values() {
			@Override
			@SuppressWarnings("unchecked")
			public <T> T get(Setting<T> setting) {
				if (!values.containsKey(setting.key())) {
					throw new IllegalArgumentException("not read: " + setting.key());
				}
				return (T) values.get(setting.key());
			}
		};
	}

	@Override
	@Transactional
	public void set(String key, RegionId region, String value) {
		Setting<?> setting = declared.get(key);
		if (setting == null) {
			throw new NotFoundException("setting", key);
		}
		if (region == null && !accounts.current().map(u -> u.has(Role.HR_ADMIN)).orElse(true)) {
			throw new AccessDeniedException("tenant-wide settings are for HR admins");
		}
		if (region != null) {
			if (!setting.perRegion()) {
				throw RuleViolationException.of("region", "validation.setting.notPerRegion");
			}
			try {
				directory.region(region);
			}
			catch (NotFoundException e) {
				throw RuleViolationException.of("region", "validation.region.unknown");
			}
		}
		String before = stored(key, region).orElse(null);
		String after = value == null || value.isBlank() ? null : normalised(setting, value);
		delete(key, region);
		if (after != null) {
			jdbc.sql("""
					insert into tenant_setting (id, tenant_id, region_id, key, value, updated_at, updated_by)
					values (:id, :tenant, :region, :key, :value, :at, :by)""")
				.param("id", UUID.randomUUID()).param("tenant", TenantScope.require().tenant().value())
				.param("region", region == null ? null : region.value()).param("key", key).param("value", after)
				.param("at", Timestamp.from(clock.instant()))
				.param("by", accounts.current().map(u -> u.username()).orElse("system"))
				.update();
		}
		Map<String, Object> details = new HashMap<>();
		details.put("key", key);
		details.put("region", region == null ? "" : region.toString());
		details.put("before", before == null ? "" : before);
		details.put("after", after == null ? "" : after);
		audit.record("SETTING_CHANGED", "setting", key, details);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> entries() {
		Map<String, Map<String, String>> byKey = new HashMap<>();
		jdbc.sql("select key, coalesce(region_id::text, '') as region, value from tenant_setting")
			.query((rs, n) -> byKey.computeIfAbsent(rs.getString("key"), k -> new HashMap<>()).put(rs.getString("region"),
					rs.getString("value")))
			.list();
		return declared.values().stream().map(s -> entry(s, byKey.getOrDefault(s.key(), Map.of()))).toList();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Entry entry(Setting setting, Map<String, String> values) {
		Map<RegionId, String> regional = new LinkedHashMap<>();
		values.forEach((region, value) -> {
			if (!region.isEmpty()) {
				regional.put(RegionId.of(region), value);
			}
		});
		return new Entry(setting, setting.format(setting.defaultValue()), values.get(""), regional);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static String normalised(Setting setting, String value) {
		try {
			return setting.format(setting.parse(value));
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.of("value", "validation.setting.value", rangeText(setting, setting.min()),
					rangeText(setting, setting.max()));
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static String rangeText(Setting setting, Object bound) {
		return bound == null ? "—" : setting.format(bound);
	}

	private Optional<String> stored(String key, RegionId region) {
		return jdbc.sql("select value from tenant_setting where key = :key and "
				+ (region == null ? "region_id is null" : "region_id = :region"))
			.param("key", key).param("region", region == null ? null : region.value())
			.query(String.class).optional();
	}

	private void delete(String key, RegionId region) {
		jdbc.sql("delete from tenant_setting where key = :key and " + (region == null ? "region_id is null" : "region_id = :region"))
			.param("key", key).param("region", region == null ? null : region.value()).update();
	}
}
