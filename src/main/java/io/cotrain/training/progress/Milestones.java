package io.cotrain.training.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.notification.Channel;
import io.cotrain.notification.Notice;
import io.cotrain.notification.NotificationTemplate;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.training.Courses;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.Progress.ItemProgress;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Tells the other members of a learner's group that the learner reached a milestone (进度同步): one in-app notice and one
 * SMS each, in the recipient's language, naming what the recipient should do next on their own path — e.g.
 * 文员王芳已完成「订单录入规范」，请储干同步完成「流程优化方法」，准备协同任务. Sent once per milestone (the caller inserts
 * the completion row first; the dedupe key guards against a second send).
 */
@Component
class Milestones {

	static final NotificationTemplate PARTNER_MILESTONE = new NotificationTemplate("training.partnerMilestone",
			Set.of("memberRoleZh", "memberRoleEn", "member", "courseZh", "courseEn", "roleZh", "roleEn", "nextZh", "nextEn", "programme"));

	static final NotificationTemplate PARTNER_FINISHED = new NotificationTemplate("training.partnerFinished",
			Set.of("memberRoleZh", "memberRoleEn", "member", "courseZh", "courseEn", "programme"));

	static final NotificationTemplate ENROLLED = new NotificationTemplate("training.enrolled", Set.of("programme", "roleZh", "roleEn"));

	private final Notifications notifications;
	private final MessageSource messages;

	Milestones(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	/** A partner to tell: their role in the group and the next item of their own path, if any. */
	record Partner(EmployeeId employee, Role role, Optional<ItemProgress> next) {
	}

	void courseCompleted(UUID programme, String programmeName, EmployeeId member, String memberName, Role memberRole,
			Courses.Course course, List<Partner> partners) {
		for (Partner partner : partners) {
			Map<String, String> params = new HashMap<>(Map.of("memberRoleZh", role(memberRole, Locale.SIMPLIFIED_CHINESE),
					"memberRoleEn", role(memberRole, Locale.ENGLISH), "member", memberName, "courseZh", course.titleZh(),
					"courseEn", course.titleEn() == null ? course.titleZh() : course.titleEn(), "programme", programmeName));
			NotificationTemplate template = PARTNER_FINISHED;
			if (partner.next().isPresent()) {
				template = PARTNER_MILESTONE;
				params.putAll(Map.of("roleZh", role(partner.role(), Locale.SIMPLIFIED_CHINESE), "roleEn", role(partner.role(), Locale.ENGLISH),
						"nextZh", partner.next().get().titleZh(), "nextEn", partner.next().get().titleEn()));
			}
			notifications.send(new Notice(List.of(Recipient.employee(partner.employee())), template.key(), params,
					Set.of(Channel.IN_APP, Channel.SMS), String.join(":", "training.milestone", programme.toString(),
							member.value().toString(), course.key().toString(), partner.employee().value().toString()),
					false, "/my/training/" + programme));
		}
	}

	void enrolled(UUID programme, String programmeName, Map<EmployeeId, Role> learners) {
		learners.forEach((learner, role) -> notifications.send(new Notice(List.of(Recipient.employee(learner)), ENROLLED.key(),
				Map.of("programme", programmeName, "roleZh", role(role, Locale.SIMPLIFIED_CHINESE), "roleEn", role(role, Locale.ENGLISH)),
				Set.of(Channel.IN_APP), "training.enrolled:" + programme + ":" + learner.value(), false, "/my/training/" + programme)));
	}

	private String role(Role role, Locale locale) {
		return messages.getMessage("roleType." + role.name(), null, locale);
	}

	/** The templates, declared for the notification module (wording: {@code notification.template.<key>.*}). */
	@Configuration(proxyBeanMethods = false)
	static class Templates {

		@Bean
		NotificationTemplate trainingPartnerMilestoneTemplate() {
			return PARTNER_MILESTONE;
		}

		@Bean
		NotificationTemplate trainingPartnerFinishedTemplate() {
			return PARTNER_FINISHED;
		}

		@Bean
		NotificationTemplate trainingEnrolledTemplate() {
			return ENROLLED;
		}
	}
}
