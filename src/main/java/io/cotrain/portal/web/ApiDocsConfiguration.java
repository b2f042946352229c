package io.cotrain.portal.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI coTrainOpenApi(@Value("${info.app.version:dev}") String version) {
		return new OpenAPI()
			.info(new Info().title("CoTrain API").version(version).description("""
					REST API of CoTrain, collaborative training of clerks and reserve cadres. Every call acts in the \
					caller's tenant: authenticate with HTTP Basic (name@tenant and password) or a personal API token \
					(Authorization: Bearer ctp_…). Errors are RFC 9457 problem details (application/problem+json)."""))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("personal API token ctp_<tenant>_<secret>")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
