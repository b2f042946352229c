package io.cotrain.competency;

import io.cotrain.tenancy.Setting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The competency module's numbers, changeable per tenant (DOMAIN.md: numbers are data). */
@Configuration(proxyBeanMethods = false)
public class CompetencySettings {

	/** KPI values of the need analysis are each learner's mean over this many most recent months. */
	public static final Setting<Integer> KPI_WINDOW_MONTHS = Setting.integer("competency.need-analysis.kpi-window-months", 3,
			1, 24, false);

	@Bean
	Setting<Integer> kpiWindowMonths() {
		return KPI_WINDOW_MONTHS;
	}
}
