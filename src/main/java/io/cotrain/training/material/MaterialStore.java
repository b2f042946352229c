package io.cotrain.training.material;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.training.Audience;
import io.cotrain.training.Materials.Kind;
import io.cotrain.training.Materials.MaterialQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the library (tables {@code training_material}, {@code training_material_tag}); row security keeps the tenant. */
@Component
class MaterialStore {

	/** A stored material; tags as ids (names come from the employee module). */
	record Row(UUID id, String code, String title, String description, Kind kind, UUID fileId, String url, Audience audience,
			List<UUID> tagIds, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
	}

	/** What a write stores. */
	record Values(String code, String title, String description, Audience audience, UUID fileId, String url) {
	}

	private final JdbcClient jdbc;

	MaterialStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> list(MaterialQuery query) {
		String q = query.q() == null || query.q().isBlank() ? null : "%" + like(query.q().strip()) + "%";
		Map<String, Object> params = new HashMap<>();
		params.put("audience", query.audience() == null ? null : query.audience().name());
		params.put("tag", query.tagId());
		params.put("q", q);
		return rows(jdbc.sql("""
				select * from training_material m
				where (cast(:audience as varchar) is null or m.audience = :audience)
				  and (cast(:tag as uuid) is null or exists (select 1 from training_material_tag t
				                                             where t.material_id = m.id and t.tag_id = :tag))
				  and (cast(:q as varchar) is null or m.title ilike :q or m.description ilike :q or m.code ilike :q)
				order by m.title, m.id""").params(params).query(MaterialStore::row).list());
	}

	List<Row> all() {
		return list(MaterialQuery.all());
	}

	Optional<Row> get(UUID id) {
		return rows(jdbc.sql("select * from training_material where id = :id").param("id", id).query(MaterialStore::row).list())
			.stream().findFirst();
	}

	/** Locks the row for a change (two edits of one material apply one after the other). */
	Optional<Row> lock(UUID id) {
		return rows(jdbc.sql("select * from training_material where id = :id for update").param("id", id).query(MaterialStore::row)
			.list()).stream().findFirst();
	}

	boolean codeTaken(String code, UUID except) {
		return jdbc.sql("select count(*) from training_material where code = :code and id <> :id").param("code", code)
			.param("id", except).query(Integer.class).single() > 0;
	}

	void insert(UUID id, Kind kind, Values values, List<UUID> tags, Instant at, String by) {
		jdbc.sql("""
				insert into training_material (id, code, title, description, kind, file_id, url, audience, created_at, created_by,
				    updated_at, updated_by)
				values (:id, :code, :title, :description, :kind, :file, :url, :audience, :at, :by, :at, :by)""")
			.params(params(values)).param("id", id).param("kind", kind.name()).param("at", Timestamp.from(at)).param("by", by)
			.update();
		tags(id, tags);
	}

	void update(UUID id, Values values, List<UUID> tags, Instant at, String by) {
		jdbc.sql("""
				update training_material set code = :code, title = :title, description = :description, file_id = :file, url = :url,
				    audience = :audience, updated_at = :at, updated_by = :by
				where id = :id""")
			.params(params(values)).param("id", id).param("at", Timestamp.from(at)).param("by", by).update();
		jdbc.sql("delete from training_material_tag where material_id = :id").param("id", id).update();
		tags(id, tags);
	}

	void delete(UUID id) {
		jdbc.sql("delete from training_material where id = :id").param("id", id).update();
	}

	private void tags(UUID id, List<UUID> tags) {
		for (UUID tag : tags) {
			jdbc.sql("insert into training_material_tag (material_id, tag_id) values (:m, :t)").param("m", id).param("t", tag).update();
		}
	}

	/** Adds each row's tag ids (one query for all rows). */
	private List<Row> rows(List<Row> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<UUID>> tags = new HashMap<>();
		jdbc.sql("select material_id, tag_id from training_material_tag where material_id in (:ids) order by tag_id")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((ResultSet rs) -> {
				tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		return rows.stream().map(r -> new Row(r.id(), r.code(), r.title(), r.description(), r.kind(), r.fileId(), r.url(), r.audience(),
				List.copyOf(tags.getOrDefault(r.id(), List.of())), r.createdAt(), r.createdBy(), r.updatedAt(), r.updatedBy())).toList();
	}

	private static Map<String, Object> params(Values values) {
		Map<String, Object> params = new HashMap<>();
		params.put("code", values.code());
		params.put("title", values.title());
		params.put("description", values.description());
		params.put("file", values.fileId());
		params.put("url", values.url());
		params.put("audience", values.audience().name());
		return params;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"), rs.getString("description"),
				Kind.valueOf(rs.getString("kind")), rs.getObject("file_id", UUID.class), rs.getString("url"),
				Audience.valueOf(rs.getString("audience")), List.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	/** Escapes LIKE's wildcards, so a search for "50%" finds the text "50%". */
	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
