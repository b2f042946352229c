package io.cotrain.competency.web;

import io.cotrain.portal.NavGroup;
import io.cotrain.portal.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The competency module's pages, in the navigation's "competency and performance" menu. */
@Configuration(proxyBeanMethods = false)
class CompetencyNavigation {

	@Bean
	NavItem competenciesNav() {
		return new NavItem("nav.competencies", "nav.competencies.description", "/competencies", Access.READERS, 200)
			.in(NavGroup.COMPETENCY);
	}

	@Bean
	NavItem requirementsNav() {
		return new NavItem("nav.requirements", "nav.requirements.description", "/competencies/requirements", Access.READERS, 210)
			.in(NavGroup.COMPETENCY);
	}

	@Bean
	NavItem kpisNav() {
		return new NavItem("nav.kpis", "nav.kpis.description", "/kpis", Access.READERS, 220).in(NavGroup.COMPETENCY);
	}

	@Bean
	NavItem scenariosNav() {
		return new NavItem("nav.scenarios", "nav.scenarios.description", "/scenarios", Access.READERS, 230).in(NavGroup.COMPETENCY);
	}

	@Bean
	NavItem assessmentImportNav() {
		return new NavItem("nav.assessmentImport", "nav.assessmentImport.description", "/assessments/import", Access.RECORDERS, 240)
			.in(NavGroup.COMPETENCY);
	}

	@Bean
	NavItem kpiRecordImportNav() {
		return new NavItem("nav.kpiRecordImport", "nav.kpiRecordImport.description", "/kpi-records/import", Access.RECORDERS, 250)
			.in(NavGroup.COMPETENCY);
	}
}
