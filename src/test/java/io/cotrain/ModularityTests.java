package io.cotrain;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CoTrainApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("runtime", "shared", "tenancy", "portal", "demo", "spreadsheet");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}
}
