package io.cotrain.tenancy.scope;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start on a database role that PostgreSQL exempts from row-level security (a superuser or a
 * role with BYPASSRLS): with such a role the tenant isolation would silently not apply.
 */
class RowSecurityGuard implements InitializingBean {

	private final JdbcClient jdbc;

	RowSecurityGuard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() {
		boolean exempt = jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
			.query(Boolean.class).single();
		if (exempt) {
			String role = jdbc.sql("select current_user").query(String.class).single();
			throw new IllegalStateException("The database role '" + role + "' is a superuser or has BYPASSRLS, so row-level "
					+ "security would not isolate tenants. Connect CoTrain as an ordinary role that owns its database "
					+ "(see README: Using a PostgreSQL server).");
		}
	}
}
