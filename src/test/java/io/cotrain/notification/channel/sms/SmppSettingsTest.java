package io.cotrain.notification.channel.sms;

import java.time.Duration;
import java.util.List;

import io.cotrain.shared.RuleViolationException.Violation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SmppSettingsTest {

	@Test
	void completeSettingsHaveNoProblemsAndTakeTheDefaults() {
		SmppSettings settings = SmppSettings.of("smsc.example.com", 2775, "cotrain", "secret", "CoTrain");

		assertThat(settings.problems()).isEmpty();
		assertThat(settings.bindTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.enquireLinkInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.systemType()).isEmpty();
	}

	@Test
	void everyProblemIsNamedWithItsFieldAndMessageKey() {
		SmppSettings settings = new SmppSettings(" ", 0, "", "123456789", "x".repeat(13), "", 7, 2, Duration.ZERO,
				Duration.ofHours(2), Duration.ofMinutes(5), null);

		assertThat(settings.problems()).extracting(Violation::field, Violation::code).containsExactly(
				tuple("host", "notification.sms.hostRequired"), tuple("port", "notification.sms.portRange"),
				tuple("systemId", "notification.sms.systemIdRequired"), tuple("password", "notification.sms.tooLong"),
				tuple("systemType", "notification.sms.tooLong"), tuple("sourceAddress", "notification.sms.sourceAddressRequired"),
				tuple("sourceTon", "notification.sms.tonInvalid"), tuple("sourceNpi", "notification.sms.npiInvalid"),
				tuple("bindTimeout", "notification.sms.durationRange"), tuple("responseTimeout", "notification.sms.durationRange"),
				tuple("enquireLinkInterval", "notification.sms.durationRange"));
	}

	@Test
	void theSenderDecidesTheDefaultTonAndNpi() {
		SmppSettings alphanumeric = SmppSettings.of("h", 1, "s", "p", "CoTrain");
		SmppSettings numeric = SmppSettings.of("h", 1, "s", "p", "+8610690000");

		assertThat(List.of(alphanumeric.effectiveSourceTon(), alphanumeric.effectiveSourceNpi())).containsExactly(5, 0);
		assertThat(List.of(numeric.effectiveSourceTon(), numeric.effectiveSourceNpi())).containsExactly(1, 1);
		assertThat(numeric.sourceAddressValue()).isEqualTo("8610690000");
		SmppSettings configured = new SmppSettings("h", 1, "s", "p", null, "10690000", 0, 0, null, null, null, null);
		assertThat(List.of(configured.effectiveSourceTon(), configured.effectiveSourceNpi())).containsExactly(0, 0);
	}

	@Test
	void anInvalidSenderIsNamed() {
		assertThat(SmppSettings.of("h", 1, "s", "p", "TwelveLetter").problems()).extracting(Violation::code)
				.containsExactly("notification.sms.sourceAddressInvalid");
		assertThat(SmppSettings.of("h", 1, "s", "p", "培训").problems()).extracting(Violation::code)
				.containsExactly("notification.sms.sourceAddressInvalid");
	}

	@Test
	void thePasswordIsNotInTheSettingsText() {
		assertThat(SmppSettings.of("smsc.example.com", 2775, "cotrain", "s3cr3t", "CoTrain").toString())
				.contains("cotrain@smsc.example.com:2775").doesNotContain("s3cr3t");
	}
}
