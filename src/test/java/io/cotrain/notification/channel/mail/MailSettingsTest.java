package io.cotrain.notification.channel.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.cotrain.notification.channel.mail.MailSettings.Security;

import io.cotrain.shared.RuleViolationException.Violation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailSettingsTest {

	private static MailSettings valid() {
		return new MailSettings("smtp.example.cn", 587, "notices", "pw", Security.STARTTLS, "notices@example.cn",
				"培训中心", null, null, null);
	}

	@Test
	void completeSettingsHaveNoProblemsAndDefaultTimeouts() {
		MailSettings settings = valid();

		assertThat(settings.problems()).isEmpty();
		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(new MailSettings("10.0.0.5", 25, null, null, Security.NONE, "a@b.cn", null, null, null, null)
			.problems()).isEmpty();
	}

	@Test
	void emptySettingsListEveryMissingPart() {
		assertThat(new MailSettings(" ", null, null, null, null, "", null, null, null, null).problems()).extracting(Violation::code)
			.containsExactly("notification.mail.hostRequired", "notification.mail.portRange",
					"notification.mail.securityRequired", "notification.mail.fromRequired");
	}

	@Test
	void badValuesAreNamed() {
		assertThat(new MailSettings("smtp example", 70_000, null, "pw", Security.SSL, "Notices <n@example.cn>", null,
				Duration.ZERO, null, Duration.ofHours(1)).problems()).extracting(Violation::code)
			.containsExactly("notification.mail.hostInvalid", "notification.mail.portRange",
					"notification.mail.fromInvalid", "notification.mail.usernameRequired",
					"notification.mail.timeoutRange");
		assertThat(new MailSettings("smtp.example.cn", 465, "notices", " ", Security.SSL, "no-at-sign", null, null,
				null, null).problems()).extracting(Violation::code).containsExactly("notification.mail.fromInvalid",
					"notification.mail.passwordRequired");
	}

	@Test
	void aGatewayNeedsValidSettingsAndTheirTextNeverShowsThePassword() {
		MailSettings broken = new MailSettings(null, 25, null, null, Security.NONE, "a@b.cn", null, null, null, null);
		MailGateways gateways = new MailGateways(Clock.systemUTC());

		assertThatThrownBy(() -> gateways.smtp(broken)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("notification.mail.hostRequired");
		assertThat(gateways.smtp(valid())).isInstanceOf(SmtpMailGateway.class);
		assertThat(valid().toString()).doesNotContain("pw");
		assertThat(List.of(Security.values())).containsExactly(Security.NONE, Security.STARTTLS, Security.SSL);
	}
}
