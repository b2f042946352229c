package io.cotrain.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.training.programme.VersionContent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmes of a test tenant made directly in SQL (the programme service is another package's): a programme with a
 * DRAFT version 1, status changes of versions, and new versions filled the way a new version is (every
 * {@link VersionContent} copies its rows).
 */
public final class TestProgrammes {

	private static final Instant CREATED = Instant.parse("2026-06-01T00:00:00Z");

	private final JdbcClient jdbc;
	private final TenantId tenant;
	private final PlatformTransactionManager transactions;

	public TestProgrammes(JdbcClient jdbc, TenantId tenant, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.tenant = tenant;
		this.transactions = transactions;
	}

	/** A new programme with version 1 as a DRAFT; returns its id. */
	public UUID create(String code) {
		UUID id = UUID.randomUUID();
		in(() -> {
			jdbc.sql("""
					insert into programme (id, code, name, status, created_at, created_by)
					values (:id, :code, :name, 'DRAFT', :at, 'test')""")
				.param("id", id).param("code", code).param("name", "Programme " + code).param("at", Timestamp.from(CREATED))
				.update();
			insertVersion(id, 1);
			return null;
		});
		return id;
	}

	/** Sets a version's status (DRAFT, PUBLISHED, SUPERSEDED) as publishing would. */
	public void status(UUID programme, int version, String status) {
		in(() -> jdbc.sql("update programme_version set status = :s where programme_id = :p and version = :v")
			.param("s", status).param("p", programme).param("v", version).update());
	}

	/**
	 * Publishes version {@code from} and makes version {@code from + 1} a DRAFT with copies of its content, in one
	 * transaction as the programme service does; returns the new version.
	 */
	public int newVersion(UUID programme, int from, List<VersionContent> contents) {
		int to = from + 1;
		in(() -> new TransactionTemplate(transactions).execute(s -> {
			jdbc.sql("update programme_version set status = 'PUBLISHED' where programme_id = :p and version = :v")
				.param("p", programme).param("v", from).update();
			insertVersion(programme, to);
			contents.forEach(c -> c.copy(programme, from, to));
			return null;
		}));
		return to;
	}

	/** Runs {@code work} in the tenant's all-regions scope (outside any transaction). */
	public <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant), work);
	}

	public void run(Runnable work) {
		TenantScope.run(TenantScope.allRegions(tenant), work);
	}

	private void insertVersion(UUID programme, int version) {
		jdbc.sql("""
				insert into programme_version (programme_id, version, status, name, joint_goal, starts_on, ends_on, created_at,
				  created_by)
				values (:p, :v, 'DRAFT', 'Programme', 'A joint goal', :start, :end, :at, 'test')""")
			.param("p", programme).param("v", version).param("start", LocalDate.of(2026, 7, 1))
			.param("end", LocalDate.of(2026, 9, 30)).param("at", Timestamp.from(CREATED)).update();
	}
}
