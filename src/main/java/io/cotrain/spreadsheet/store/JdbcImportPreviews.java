package io.cotrain.spreadsheet.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.ImportPreviews;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetProperties;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.tenancy.TenantScope;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews in table {@code import_preview} (row security: the current tenant only). Expired previews of the
 * tenant are deleted whenever a new one is saved, so the table holds about one hour of previews per tenant.
 */
@Service
class JdbcImportPreviews implements ImportPreviews {

	private final JdbcClient jdbc;
	private final PreviewCodec codec;
	private final Clock clock;
	private final SpreadsheetProperties limits;

	JdbcImportPreviews(JdbcClient jdbc, JsonMapper json, Clock clock, SpreadsheetProperties limits) {
		this.jdbc = jdbc;
		this.codec = new PreviewCodec(json);
		this.clock = clock;
		this.limits = limits;
	}

	private record Stored(String schema, String owner, Instant expiresAt, String payload) {
	}

	@Override
	@Transactional
	public PreviewToken save(ImportPreview preview) {
		Instant now = clock.instant();
		jdbc.sql("delete from import_preview where expires_at <= :now").param("now", Timestamp.from(now)).update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into import_preview (id, tenant_id, schema_name, owner, file_name, row_count, error_count, payload, created_at, expires_at)
				values (:id, :tenant, :schema, :owner, :file, :rows, :errors, cast(:payload as jsonb), :now, :expires)""")
			.param("id", id)
			.param("tenant", TenantScope.require().tenant().value())
			.param("schema", preview.schema())
			.param("owner", currentUser())
			.param("file", abbreviate(preview.fileName()))
			.param("rows", preview.rowCount())
			.param("errors", preview.errors().size())
			.param("payload", codec.write(preview))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(limits.previewTtl())))
			.update();
		return new PreviewToken(id);
	}

	@Override
	@Transactional(readOnly = true)
	public ImportPreview load(PreviewToken token, SpreadsheetSchema schema) {
		return decode(find(token, schema, false), schema);
	}

	@Override
	@Transactional
	public <T> T apply(PreviewToken token, SpreadsheetSchema schema, Function<ImportPreview, T> work) {
		ImportPreview preview = decode(find(token, schema, true), schema);
		if (preview.hasErrors()) {
			throw RuleViolationException.of("token", "spreadsheet.preview.hasErrors", preview.errors().size());
		}
		T result = work.apply(preview);
		jdbc.sql("delete from import_preview where id = :id").param("id", token.value()).update();
		return result;
	}

	@Override
	@Transactional
	public void discard(PreviewToken token) {
		jdbc.sql("delete from import_preview where id = :id and owner is not distinct from :owner")
			.param("id", token.value()).param("owner", currentUser()).update();
	}

	private Stored find(PreviewToken token, SpreadsheetSchema schema, boolean lock) {
		Optional<Stored> stored = jdbc.sql("select schema_name, owner, expires_at, payload::text as payload from import_preview where id = :id"
				+ (lock ? " for update" : ""))
			.param("id", token.value())
			.query((rs, n) -> new Stored(rs.getString("schema_name"), rs.getString("owner"),
					rs.getTimestamp("expires_at").toInstant(), rs.getString("payload")))
			.optional();
		Stored found = stored.filter(s -> s.schema().equals(schema.name()))
			.filter(s -> s.owner() == null || s.owner().equals(currentUser()))
			.orElseThrow(() -> RuleViolationException.of("token", "spreadsheet.preview.unknown"));
		if (!found.expiresAt().isAfter(clock.instant())) {
			throw RuleViolationException.of("token", "spreadsheet.preview.expired");
		}
		return found;
	}

	/** A preview stored before the schema changed (a deployment within the hour) is no longer known. */
	private ImportPreview decode(Stored stored, SpreadsheetSchema schema) {
		try {
			return codec.read(stored.payload(), schema);
		}
		catch (RuntimeException e) {
			throw RuleViolationException.of("token", "spreadsheet.preview.unknown");
		}
	}

	private static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth.getName();
	}

	private static String abbreviate(String name) {
		return name.length() <= 255 ? name : name.substring(0, 255);
	}
}
