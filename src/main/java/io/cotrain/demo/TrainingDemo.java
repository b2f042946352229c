package io.cotrain.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import io.cotrain.competency.Scenarios;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Programmes;

import org.springframework.stereotype.Component;

/**
 * Issue 5: the demo company's programme "订单流程协同训练营", built from the order-flow scenario's saved training need
 * (the need is saved first, as HR does on the need analysis page). It started two weeks ago and runs eight weeks in
 * both regions. Runs in the demo tenant's all-regions scope; creates only what is missing.
 */
@Component
class TrainingDemo {

	static final String PROGRAMME = "ORDER-FLOW-CAMP";

	private final Scenarios scenarios;
	private final Programmes programmes;
	private final TenantDirectory directory;
	private final Clock clock;

	TrainingDemo(Scenarios scenarios, Programmes programmes, TenantDirectory directory, Clock clock) {
		this.scenarios = scenarios;
		this.programmes = programmes;
		this.directory = directory;
		this.clock = clock;
	}

	void seedProgramme() {
		if (programmes.list().stream().anyMatch(p -> p.code().equals(PROGRAMME))) {
			return;
		}
		Scenarios.Scenario scenario = scenarios.list().stream().filter(s -> s.code().equals(CompetencyDemo.SCENARIO)).findFirst()
			.orElseThrow();
		Scenarios.SavedNeed need = scenarios.needs(scenario.id()).stream().findFirst()
			.orElseGet(() -> scenarios.saveNeed(scenario.id(), null, Locale.SIMPLIFIED_CHINESE));
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		LocalDate start = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Set<RegionId> regions = new LinkedHashSet<>();
		directory.regions().stream().map(RegionInfo::id).forEach(regions::add);
		programmes.create(new Programmes.ProgrammeForm(PROGRAMME, "订单流程协同训练营", need.id(), null, null, start, start.plusWeeks(8),
				regions, "由订单流程场景的培训需求生成"));
	}
}
