package io.cotrain.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.cotrain.files.FileContent;
import io.cotrain.files.FileId;
import io.cotrain.files.FileKind;
import io.cotrain.files.FilePolicy;
import io.cotrain.files.FileSettings;
import io.cotrain.files.FileStore;
import io.cotrain.files.StoredFile;
import io.cotrain.files.Upload;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files in {@code stored_file} (one row per upload) over {@code stored_file_content} / {@code stored_file_chunk} (the
 * bytes once per tenant and SHA-256, in chunks of {@link #CHUNK_SIZE}); row security keeps every tenant to its own.
 * Two transactions storing the same new content at once meet on the content's primary key: the second waits for the
 * first and then finds the content there ({@code on conflict do nothing}).
 */
@Service
class JdbcFileStore implements FileStore {

	static final int CHUNK_SIZE = 1024 * 1024;

	private static final String SELECT = """
			select f.id, f.original_name, f.kind, f.size_bytes, f.sha256, f.created_at, f.created_by, c.chunk_size
			from stored_file f join stored_file_content c on c.tenant_id = f.tenant_id and c.sha256 = f.sha256
			where f.id = :id""";

	private final JdbcClient jdbc;
	private final TenantSettings settings;
	private final Accounts accounts;
	private final Clock clock;

	JdbcFileStore(JdbcClient jdbc, TenantSettings settings, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.accounts = accounts;
		this.clock = clock;
	}

	private record Row(StoredFile file, int chunkSize) {
	}

	@Override
	@Transactional
	public StoredFile store(Upload upload, FilePolicy policy) {
		Set<FileKind> allowed = EnumSet.noneOf(FileKind.class);
		for (FileKind.Category category : FileKind.Category.values()) {
			if (settings.get(FileSettings.allowed(category))) {
				policy.kinds().stream().filter(k -> k.category() == category).forEach(allowed::add);
			}
		}
		UploadCheck.Checked checked = UploadCheck.check(upload, allowed, settings.get(policy.maxSizeMb()), CHUNK_SIZE);
		UploadBuffer content = checked.content();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
		saveContent(content, now);
		StoredFile file = new StoredFile(new FileId(UUID.randomUUID()), checked.name(), checked.kind(), content.size(),
				content.sha256(), now, accounts.current().map(CurrentUser::username).orElse("system"));
		jdbc.sql("""
				insert into stored_file (id, original_name, kind, content_type, size_bytes, sha256, created_at, created_by)
				values (:id, :name, :kind, :type, :size, :sha, :at, :by)""")
			.param("id", file.id().value())
			.param("name", file.name())
			.param("kind", file.kind().name())
			.param("type", file.contentType().toString())
			.param("size", file.size())
			.param("sha", file.sha256())
			.param("at", Timestamp.from(now))
			.param("by", file.createdBy())
			.update();
		return file;
	}

	/** Stores the bytes unless the tenant has them already. */
	private void saveContent(UploadBuffer content, Instant now) {
		int inserted = jdbc.sql("""
				insert into stored_file_content (sha256, size_bytes, chunk_size, created_at) values (:sha, :size, :chunk, :at)
				on conflict (tenant_id, sha256) do nothing""")
			.param("sha", content.sha256()).param("size", content.size()).param("chunk", CHUNK_SIZE)
			.param("at", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			return;
		}
		int no = 0;
		for (byte[] chunk : content.chunks()) {
			jdbc.sql("insert into stored_file_chunk (sha256, chunk_no, data) values (:sha, :no, :data)")
				.param("sha", content.sha256()).param("no", no++).param("data", chunk)
				.update();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public StoredFile metadata(FileId id) {
		return row(id).file();
	}

	@Override
	public InputStream open(FileId id) {
		return open(row(id), TenantScope.require());
	}

	@Override
	public FileContent content(FileId id) {
		Row row = row(id);
		TenantScope scope = TenantScope.require();
		return new FileContent(row.file(), () -> open(row, scope));
	}

	/** Each chunk is read in the scope the file was found in, whichever thread reads it and when. */
	private InputStream open(Row row, TenantScope scope) {
		String sha = row.file().sha256();
		return new ChunkStream(no -> TenantScope.call(scope, () -> jdbc
			.sql("select data from stored_file_chunk where sha256 = :sha and chunk_no = :no")
			.param("sha", sha).param("no", no)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new UncheckedIOException(new IOException("chunk " + no + " of " + sha + " is missing")))),
				row.file().size(), row.chunkSize());
	}

	private Row row(FileId id) {
		return jdbc.sql(SELECT).param("id", id.value()).query(JdbcFileStore::map).optional()
			.orElseThrow(() -> new NotFoundException("file", id));
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		StoredFile file = new StoredFile(new FileId(rs.getObject("id", UUID.class)), rs.getString("original_name"),
				FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
		return new Row(file, rs.getInt("chunk_size"));
	}
}
