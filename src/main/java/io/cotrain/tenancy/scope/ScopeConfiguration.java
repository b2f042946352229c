package io.cotrain.tenancy.scope;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class ScopeConfiguration {

	/** Wraps the application's DataSource, embedded or external, so every consumer gets scoped connections. */
	@Bean
	static BeanPostProcessor tenantScopedDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource ds && !(bean instanceof TenantScopedDataSource) && "dataSource".equals(name)
						? new TenantScopedDataSource(ds) : bean;
			}
		};
	}

	@Bean
	RowSecurityGuard rowSecurityGuard(JdbcClient jdbc) {
		return new RowSecurityGuard(jdbc);
	}
}
