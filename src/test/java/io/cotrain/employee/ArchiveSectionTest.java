package io.cotrain.employee;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other modules add sections to the archive page by declaring {@link ArchiveSection} beans: each is rendered from
 * its own template fragment with its model as {@code section}, in order, only where it has content.
 */
@CoTrainTest
class ArchiveSectionTest {

	private static final String[] BEANS = { "testHoursSection", "testTasksSection" };

	@LocalServerPort
	int port;
	@Autowired
	ConfigurableApplicationContext context;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;

	private TestStaff staff;
	private EmployeeView withHours;
	private EmployeeView without;

	/** A section only for one employee, another for everyone; declared in the opposite of their order. */
	@BeforeEach
	void twoContributedSections() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		withHours = staff.hire("H1", "有课时", staff.east, staff.clerk);
		without = staff.hire("H2", "无课时", staff.east, staff.clerk);
		register(BEANS[1], section(20, e -> Optional.of(new ArchiveSection.Content("archive.reports", "test/archive-section :: section",
				Map.of("note", "second-section")))));
		register(BEANS[0], section(10, e -> e.id().equals(withHours.id())
				? Optional.of(new ArchiveSection.Content("archive.history", "test/archive-section :: section", Map.of("note", "课时 12.5")))
				: Optional.empty()));
	}

	@AfterEach
	void removeSections() {
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
		for (String name : BEANS) {
			beans.destroySingleton(name);
		}
	}

	private void register(String name, ArchiveSection section) {
		context.getBeanFactory().registerSingleton(name, section);
	}

	private static ArchiveSection section(int order, java.util.function.Function<EmployeeView, Optional<ArchiveSection.Content>> content) {
		return new ArchiveSection() {
			@Override
			public int order() {
				return order;
			}

			@Override
			public Optional<Content> content(EmployeeView employee, Locale locale) {
				return content.apply(employee);
			}
		};
	}

	@Test
	void contributedSectionsAreRenderedInOrderWhereTheyHaveContent() {
		TestBrowser browser = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		String page = browser.get("/employees/" + withHours.id()).body();
		assertThat(page).contains("课时 12.5", "second-section");
		assertThat(page.indexOf("课时 12.5")).isLessThan(page.indexOf("second-section"));

		String other = browser.get("/employees/" + without.id()).body();
		assertThat(other).doesNotContain("课时 12.5").contains("second-section");
	}
}
