package io.cotrain.attendance;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.CoTrainTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rotating QR codes: one per session and 15-second step, accepted in their step and the next, nowhere else. */
@CoTrainTest
class RotatingCodesTest {

	private static final Instant T = Instant.parse("2026-03-03T06:00:00Z"); // a step boundary for 15 s steps

	@Autowired
	RotatingCodes codes;

	private final UUID session = UUID.randomUUID();

	@Test
	void aCodeStaysForItsStepAndChangesWithTheNext() {
		RotatingCodes.Code first = codes.current(session, 15, T);
		assertThat(first.value()).hasSize(16).matches("[A-Za-z0-9_-]+");
		assertThat(first.validUntil()).isEqualTo(T.plusSeconds(15));
		assertThat(codes.current(session, 15, T.plusSeconds(14)).value()).isEqualTo(first.value());
		assertThat(codes.current(session, 15, T.plusSeconds(15)).value()).isNotEqualTo(first.value());
		assertThat(codes.current(UUID.randomUUID(), 15, T).value()).as("another session").isNotEqualTo(first.value());
	}

	@Test
	void aCodeIsAcceptedInItsStepAndTheNextOnly() {
		String code = codes.current(session, 15, T).value();
		assertThat(codes.accepts(session, code, 15, T.minusSeconds(1))).as("before it was shown").isFalse();
		assertThat(codes.accepts(session, code, 15, T)).isTrue();
		assertThat(codes.accepts(session, code, 15, T.plusSeconds(29))).as("the screen changed while scanning").isTrue();
		assertThat(codes.accepts(session, code, 15, T.plusSeconds(30))).as("forwarded too late").isFalse();
		assertThat(codes.accepts(UUID.randomUUID(), code, 15, T)).as("another session's code").isFalse();
		assertThat(codes.accepts(session, null, 15, T)).isFalse();
		assertThat(codes.accepts(session, code.substring(1), 15, T)).isFalse();
		assertThat(codes.accepts(session, "不是代码", 15, T)).isFalse();
	}

	@Test
	void theStepLengthIsTheCallersSetting() {
		String code = codes.current(session, 60, T).value();
		assertThat(codes.accepts(session, code, 60, T.plusSeconds(119))).isTrue();
		assertThat(codes.accepts(session, code, 60, T.plusSeconds(120))).isFalse();
		assertThatThrownBy(() -> codes.current(session, 0, T)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anOlderCodeOfTheSessionIsToldApartFromAForgedOne() {
		String code = codes.current(session, 15, T).value();
		java.time.Duration hour = java.time.Duration.ofHours(1);
		assertThat(codes.expired(session, code, 15, T.plusSeconds(29), hour)).as("still accepted").isFalse();
		assertThat(codes.expired(session, code, 15, T.plusSeconds(30), hour)).isTrue();
		assertThat(codes.expired(session, code, 15, T.plusSeconds(3600), hour)).as("within the look-back").isTrue();
		assertThat(codes.expired(session, code, 15, T.plusSeconds(3615), hour)).as("beyond the look-back").isFalse();
		assertThat(codes.expired(UUID.randomUUID(), code, 15, T.plusSeconds(60), hour)).as("another session's code").isFalse();
		assertThat(codes.expired(session, "AAAAAAAAAAAAAAAA", 15, T.plusSeconds(60), hour)).as("forged").isFalse();
	}
}
