package io.cotrain.competency.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel.Source;
import io.cotrain.employee.EmployeeId;
import io.cotrain.notification.Channel;
import io.cotrain.notification.Notice;
import io.cotrain.notification.NotificationTemplate;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells employees in their inbox that someone else recorded a mentor's or a test's assessment, or a monthly KPI value,
 * for them. Called inside the recording transaction (a rollback sends nothing) and only when the stored level or value
 * changed, so recording the same thing again — an import run twice — says nothing; the dedupe key (the change from →
 * to) keeps two transactions racing to record the same change from both notifying. Only employees with an enabled
 * login are told (the inbox is a login's), never about their own entries or self-assessments. The wording is rendered
 * at delivery in the recipient's language, so names and labels go along in both languages.
 */
@Component
class CompetencyNotices {

	static final NotificationTemplate ASSESSMENT_RECORDED = new NotificationTemplate("competency.assessmentRecorded",
			Set.of("competencyZh", "competencyEn", "level", "sourceZh", "sourceEn", "assessedOn", "assessor"));

	static final NotificationTemplate KPI_RECORDED = new NotificationTemplate("competency.kpiRecorded",
			Set.of("kpiZh", "kpiEn", "month", "value", "target", "unit"));

	/** The recipient's own archive at its competency section, which every employee with a login may open. */
	static final String LINK = "/employees/me#competency-section";

	private final Notifications notifications;
	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final MessageSource messages;

	CompetencyNotices(Notifications notifications, Accounts accounts, JdbcClient jdbc, MessageSource messages) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** An assessment was stored; {@code before} is the level its key (employee, competency, date, source) had, or null. */
	void assessmentRecorded(EmployeeId employee, UUID competency, int level, LocalDate on, Source source, String assessor,
			Integer before) {
		if (source == Source.SELF || Objects.equals(before, level) || !reachable(employee)) {
			return;
		}
		Map<String, String> names = jdbc.sql("select name_zh, coalesce(name_en, name_zh) as name_en from competency where id = :id")
			.param("id", competency).query((rs, n) -> Map.of("competencyZh", rs.getString(1), "competencyEn", rs.getString(2))).single();
		String label = "archive.competency.source." + source.name();
		Map<String, String> params = new HashMap<>(names);
		params.putAll(Map.of("level", String.valueOf(level), "assessedOn", on.toString(), "assessor", assessor == null ? "" : assessor,
				"sourceZh", messages.getMessage(label, null, Locale.SIMPLIFIED_CHINESE),
				"sourceEn", messages.getMessage(label, null, Locale.ENGLISH)));
		send(employee, ASSESSMENT_RECORDED, params, String.join(":", "competency.assessment", employee.value().toString(),
				competency.toString(), on.toString(), source.name(), before == null ? "-" : before.toString(), String.valueOf(level)));
	}

	/** A KPI value was stored for a month; {@code before} is the month's previous value, or null. */
	void kpiRecorded(EmployeeId employee, UUID kpi, LocalDate month, BigDecimal value, BigDecimal before) {
		if (before != null && before.compareTo(value) == 0 || !reachable(employee)) {
			return;
		}
		Map<String, String> params = new HashMap<>(jdbc.sql("""
				select name_zh, coalesce(name_en, name_zh) as name_en, unit, target from kpi_definition where id = :id""")
			.param("id", kpi).query((rs, n) -> Map.of("kpiZh", rs.getString(1), "kpiEn", rs.getString(2), "unit", rs.getString(3),
					"target", plain(rs.getBigDecimal(4))))
			.single());
		params.put("month", YearMonth.from(month).toString());
		params.put("value", plain(value));
		send(employee, KPI_RECORDED, params, String.join(":", "competency.kpi", employee.value().toString(), kpi.toString(),
				YearMonth.from(month).toString(), before == null ? "-" : plain(before), plain(value)));
	}

	/** Whether the employee has a login to read the notice and did not record the entry themselves. */
	private boolean reachable(EmployeeId employee) {
		boolean own = accounts.current().map(CurrentUser::employeeId).filter(employee.value()::equals).isPresent();
		return !own && accounts.byEmployee(employee.value()).filter(Accounts.AccountView::enabled).isPresent();
	}

	private void send(EmployeeId employee, NotificationTemplate template, Map<String, String> params, String dedupeKey) {
		notifications.send(Notice.of(template.key(), params, Set.of(Channel.IN_APP), Recipient.employee(employee)).withLink(LINK)
			.withDedupeKey(dedupeKey));
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	/** The templates, declared for the notification module (wording: {@code notification.template.<key>.*} in the bundles). */
	@Configuration(proxyBeanMethods = false)
	static class NoticeTemplates {

		@Bean
		NotificationTemplate competencyAssessmentRecordedTemplate() {
			return ASSESSMENT_RECORDED;
		}

		@Bean
		NotificationTemplate competencyKpiRecordedTemplate() {
			return KPI_RECORDED;
		}
	}
}
