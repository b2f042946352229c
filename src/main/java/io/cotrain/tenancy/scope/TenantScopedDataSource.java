package io.cotrain.tenancy.scope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.cotrain.tenancy.TenantScope;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Binds every connection it hands out to the scope of the thread that takes it: the PostgreSQL settings
 * {@code cotrain.tenant_id} and {@code cotrain.region_ids}, which the row-level security policies of all
 * tenant-owned tables read. Settings are written on every checkout, so a pooled connection never carries
 * a previous caller's scope.
 */
class TenantScopedDataSource extends DelegatingDataSource {

	private static final String APPLY = "select set_config('cotrain.tenant_id', ?, false), set_config('cotrain.region_ids', ?, false)";

	TenantScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return bind(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return bind(super.getConnection(username, password));
	}

	private static Connection bind(Connection connection) throws SQLException {
		TenantScope scope = TenantScope.current().orElse(null);
		try (PreparedStatement ps = connection.prepareStatement(APPLY)) {
			ps.setString(1, scope == null ? "" : scope.tenant().toString());
			ps.setString(2, scope == null ? "" : scope.regionSetting());
			ps.execute();
			return connection;
		}
		catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}
}
