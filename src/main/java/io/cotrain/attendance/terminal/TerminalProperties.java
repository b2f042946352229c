package io.cotrain.attendance.terminal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Machine limits of the device endpoints ({@code cotrain.terminal.*}), which apply before a tenant is known.
 *
 * @param maxBody the largest request body a device may send (2 MB); a larger one gets 413, counted while reading
 * @param requestsPerMinute requests per device (serial number or token) and minute (300); more get 503 with
 *        {@code Retry-After} (ZKTeco devices retry after a non-200 reply, so nothing is lost)
 * @param quarantineAfter how far ahead of the server's clock a punch may be before it is quarantined (1 day)
 * @param matcherPoll how often the matcher looks for new punches besides being woken after each upload (5 s)
 * @param matcherEnabled whether the matcher runs by itself (tests call it)
 * @param rosterSync how often a polling ZKTeco device gets the roster lines it does not have yet (1 hour)
 */
@ConfigurationProperties("cotrain.terminal")
record TerminalProperties(DataSize maxBody, Integer requestsPerMinute, Duration quarantineAfter, Duration matcherPoll,
		Boolean matcherEnabled, Duration rosterSync) {

	TerminalProperties {
		maxBody = maxBody == null ? DataSize.ofMegabytes(2) : maxBody;
		requestsPerMinute = requestsPerMinute == null ? 300 : requestsPerMinute;
		quarantineAfter = quarantineAfter == null ? Duration.ofDays(1) : quarantineAfter;
		matcherPoll = matcherPoll == null ? Duration.ofSeconds(5) : matcherPoll;
		matcherEnabled = matcherEnabled == null || matcherEnabled;
		rosterSync = rosterSync == null ? Duration.ofHours(1) : rosterSync;
	}
}
