package io.cotrain.notification.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cotrain.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's in-app notices. Every query names the account, so a user reads and marks only their own (row security
 * keeps the tenant); the caller passes the signed-in account.
 */
@Service
public class Inbox {

	private final JdbcClient jdbc;
	private final Clock clock;

	Inbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public long unread(UUID account) {
		return jdbc.sql("select count(*) from notification_inbox where account_id = :account and read_at is null")
			.param("account", account).query(Long.class).single();
	}

	/** A page (0-based) of the account's notices, newest first. */
	@Transactional(readOnly = true)
	public Page page(UUID account, int page, int size) {
		long total = jdbc.sql("select count(*) from notification_inbox where account_id = :account").param("account", account)
			.query(Long.class).single();
		List<Entry> entries = jdbc.sql("""
				select id, subject, body, link, created_at, read_at from notification_inbox where account_id = :account
				order by created_at desc, id limit :size offset :offset""")
			.param("account", account).param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("body"),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
		return new Page(entries, total, page, size, (int) ((total + size - 1) / size));
	}

	/**
	 * @return the notice's link, or null
	 * @throws NotFoundException when the account has no such notice
	 */
	@Transactional
	public String markRead(UUID account, UUID id) {
		String link = jdbc.sql("""
				update notification_inbox set read_at = coalesce(read_at, :now) where id = :id and account_id = :account
				returning coalesce(link, '')""")
			.param("now", Timestamp.from(clock.instant())).param("id", id).param("account", account).query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("notification", id));
		return link.isEmpty() ? null : link;
	}

	@Transactional
	public int markAllRead(UUID account) {
		return jdbc.sql("update notification_inbox set read_at = :now where account_id = :account and read_at is null")
			.param("now", Timestamp.from(clock.instant())).param("account", account).update();
	}

	public record Entry(UUID id, String subject, String body, String link, Instant createdAt, Instant readAt) {

		public boolean isRead() {
			return readAt != null;
		}
	}

	public record Page(List<Entry> content, long totalElements, int page, int size, int totalPages) {
	}
}
