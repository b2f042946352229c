package io.cotrain.tenancy.tenant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A site or branch of a tenant, with its own time zone, locale and phone country. */
@Entity
@Table(name = "region")
public class Region extends TenantOwned {

	@Id
	private UUID id;
	private String code;
	private String name;
	private String timeZone;
	private String locale;
	private String phoneCountry;
	private Instant createdAt;
	@Version
	private long version;

	protected Region() {
	}

	Region(String code, String name, ZoneId zone, Locale locale, String phoneCountry, Instant now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.createdAt = now;
		change(name, zone, locale, phoneCountry);
	}

	final void change(String name, ZoneId zone, Locale locale, String phoneCountry) {
		this.name = name;
		this.timeZone = zone.getId();
		this.locale = locale.toLanguageTag();
		this.phoneCountry = phoneCountry;
	}

	public String code() {
		return code;
	}

	public RegionInfo info() {
		return new RegionInfo(new RegionId(id), code, name, ZoneId.of(timeZone), Locale.forLanguageTag(locale), phoneCountry);
	}
}
