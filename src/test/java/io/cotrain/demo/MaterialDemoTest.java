package io.cotrain.demo;

import java.io.InputStream;
import java.util.List;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.files.FileId;
import io.cotrain.files.FileStore;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials;
import io.cotrain.training.Materials.Material;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The demo's three materials: real files that pass the store's checks, tagged with the scenario, created once. */
@CoTrainTest
class MaterialDemoTest {

	@Autowired
	MaterialDemo demo;
	@Autowired
	Materials materials;
	@Autowired
	Tags tags;
	@Autowired
	FileStore files;
	@Autowired
	TenantProvisioning provisioning;

	@Test
	void seedsTheThreeMaterialsOnceWithTheScenarioTag() throws Exception {
		TenantInfo tenant = TestTenants.provision(provisioning);
		TenantScope scope = TenantScope.allRegions(tenant.id());
		TagView scenario = TenantScope.call(scope, () -> tags.create(TagType.SCENARIO, HrCoreDemo.SCENARIO));

		TenantScope.run(scope, demo::seed);
		TenantScope.run(scope, demo::seed);

		List<Material> seeded = TenantScope.call(scope, () -> materials.list(Materials.MaterialQuery.all()));
		assertThat(seeded).extracting(Material::code, Material::audience, m -> m.file().kind())
			.containsExactlyInAnyOrder(tuple(MaterialDemo.MANUAL, Audience.CLERK, "PDF"), tuple(MaterialDemo.TOOLKIT, Audience.CADRE, "XLSX"),
					tuple(MaterialDemo.SCRIPTS, Audience.JOINT, "TXT"));
		assertThat(seeded).allSatisfy(m -> assertThat(m.tags()).containsExactly(scenario));
		Material manual = seeded.stream().filter(m -> m.code().equals(MaterialDemo.MANUAL)).findFirst().orElseThrow();
		try (InputStream in = TenantScope.call(scope, () -> files.open(new FileId(manual.file().id())))) {
			String pdf = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
			assertThat(pdf).startsWith("%PDF-1.4").contains("(Order Flow Handbook) Tj").endsWith("%%EOF\n");
			int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")).strip());
			assertThat(pdf.substring(xref)).as("startxref points at the table").startsWith("xref\n0 6\n");
			assertThat(pdf.substring(Integer.parseInt(pdf.substring(xref).split("\n")[3].substring(0, 10))))
				.as("the first object's offset").startsWith("1 0 obj");
		}
	}
}
