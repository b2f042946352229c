package io.cotrain.tenancy.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first operator of a new installation: with {@code COTRAIN_OPERATOR_PASSWORD} set, {@code operator@platform}
 * is created on start if it does not exist yet (the demo data creates it with the demo password).
 */
@Component
class PlatformOperatorBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PlatformOperatorBootstrap.class);

	private final TenantProvisioningService provisioning;
	private final String password;

	PlatformOperatorBootstrap(TenantProvisioningService provisioning, @Value("${COTRAIN_OPERATOR_PASSWORD:}") String password) {
		this.provisioning = provisioning;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!password.isBlank() && provisioning.ensureOperator("operator", password)) {
			log.info("Created operator@platform from COTRAIN_OPERATOR_PASSWORD");
		}
	}
}
