package io.cotrain.notification.channel.sms;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.cotrain.shared.RuleViolationException.Violation;

/**
 * How to reach a tenant's SMSC over SMPP 3.4. Blank optional values take their defaults: system type none, source
 * TON/NPI from the source address (alphanumeric → 5/0, numeric → 1/1), bind and response timeouts 10 s,
 * enquire_link every 30 s, the SMSC's clock in UTC. {@link #problems()} lists what is wrong, for the settings page;
 * {@link #toString()} never shows the password.
 *
 * @param host the SMSC's host name or address
 * @param port its SMPP port (often 2775)
 * @param systemId the account (system_id, at most 15 characters)
 * @param password the password (at most 8 characters, as SMPP 3.4 allows), may be blank
 * @param systemType the system_type some SMSCs ask for (at most 12 characters), may be blank
 * @param sourceAddress the sender: a number (digits, optional {@code +}) or an alphanumeric sender id of at most 11 characters
 * @param sourceTon the source type of number (0–6), or null for the default
 * @param sourceNpi the source numbering plan (0, 1, 3, 4, 6, 8, 9, 10, 14, 18), or null for the default
 * @param bindTimeout how long to wait for the connection and the bind response
 * @param enquireLinkInterval how often to send enquire_link on an idle session
 * @param responseTimeout how long to wait for a submit_sm_resp
 * @param smscZone the zone of the SMSC's receipt dates
 */
public record SmppSettings(String host, int port, String systemId, String password, String systemType, String sourceAddress,
		Integer sourceTon, Integer sourceNpi, Duration bindTimeout, Duration enquireLinkInterval, Duration responseTimeout,
		ZoneId smscZone) {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
	private static final Duration DEFAULT_ENQUIRE_LINK = Duration.ofSeconds(30);
	private static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);
	private static final Duration MIN_ENQUIRE_LINK = Duration.ofSeconds(5);
	private static final Duration MAX_ENQUIRE_LINK = Duration.ofMinutes(10);
	private static final Pattern NUMERIC = Pattern.compile("\\+?[0-9]{1,20}");
	private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9 .\\-_&]{1,11}");
	private static final Set<Integer> NPIS = Set.of(0, 1, 3, 4, 6, 8, 9, 10, 14, 18);

	public SmppSettings {
		host = trim(host);
		systemId = trim(systemId);
		password = password == null ? "" : password;
		systemType = trim(systemType);
		sourceAddress = trim(sourceAddress);
		bindTimeout = bindTimeout == null ? DEFAULT_TIMEOUT : bindTimeout;
		enquireLinkInterval = enquireLinkInterval == null ? DEFAULT_ENQUIRE_LINK : enquireLinkInterval;
		responseTimeout = responseTimeout == null ? DEFAULT_TIMEOUT : responseTimeout;
		smscZone = smscZone == null ? ZoneOffset.UTC : smscZone;
	}

	/** The usual case: defaults for everything but the connection, the account and the sender. */
	public static SmppSettings of(String host, int port, String systemId, String password, String sourceAddress) {
		return new SmppSettings(host, port, systemId, password, null, sourceAddress, null, null, null, null, null, null);
	}

	/** What is wrong, as (field, message key, arguments); empty when the settings can be used. */
	public List<Violation> problems() {
		List<Violation> problems = new ArrayList<>();
		if (host.isEmpty()) {
			problems.add(new Violation("host", "notification.sms.hostRequired"));
		}
		if (port < 1 || port > 65535) {
			problems.add(new Violation("port", "notification.sms.portRange"));
		}
		if (systemId.isEmpty()) {
			problems.add(new Violation("systemId", "notification.sms.systemIdRequired"));
		}
		else if (systemId.length() > 15) {
			problems.add(new Violation("systemId", "notification.sms.tooLong", 15));
		}
		if (password.length() > 8) {
			problems.add(new Violation("password", "notification.sms.tooLong", 8));
		}
		if (systemType.length() > 12) {
			problems.add(new Violation("systemType", "notification.sms.tooLong", 12));
		}
		if (sourceAddress.isEmpty()) {
			problems.add(new Violation("sourceAddress", "notification.sms.sourceAddressRequired"));
		}
		else if (!NUMERIC.matcher(sourceAddress).matches() && !ALPHANUMERIC.matcher(sourceAddress).matches()) {
			problems.add(new Violation("sourceAddress", "notification.sms.sourceAddressInvalid"));
		}
		if (sourceTon != null && (sourceTon < 0 || sourceTon > 6)) {
			problems.add(new Violation("sourceTon", "notification.sms.tonInvalid"));
		}
		if (sourceNpi != null && !NPIS.contains(sourceNpi)) {
			problems.add(new Violation("sourceNpi", "notification.sms.npiInvalid"));
		}
		checkRange(problems, "bindTimeout", bindTimeout, Duration.ofSeconds(1), MAX_TIMEOUT);
		checkRange(problems, "responseTimeout", responseTimeout, Duration.ofSeconds(1), MAX_TIMEOUT);
		checkRange(problems, "enquireLinkInterval", enquireLinkInterval, MIN_ENQUIRE_LINK, MAX_ENQUIRE_LINK);
		return problems;
	}

	/** An alphanumeric sender id (TON 5 / NPI 0 by default) rather than a number. */
	public boolean alphanumericSource() {
		return !NUMERIC.matcher(sourceAddress).matches();
	}

	/** The source TON sent with each message: as configured, else 5 (alphanumeric) or 1 (international number). */
	public int effectiveSourceTon() {
		return sourceTon != null ? sourceTon : alphanumericSource() ? 5 : 1;
	}

	/** The source NPI sent with each message: as configured, else 0 (alphanumeric) or 1 (E.164). */
	public int effectiveSourceNpi() {
		return sourceNpi != null ? sourceNpi : alphanumericSource() ? 0 : 1;
	}

	/** The source address as sent: a number without its {@code +}. */
	public String sourceAddressValue() {
		return sourceAddress.startsWith("+") ? sourceAddress.substring(1) : sourceAddress;
	}

	@Override
	public String toString() {
		return "SmppSettings[" + systemId + "@" + host + ":" + port + ", source " + sourceAddress + "]";
	}

	private static void checkRange(List<Violation> problems, String field, Duration value, Duration min, Duration max) {
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			problems.add(new Violation(field, "notification.sms.durationRange", min.toSeconds(), max.toSeconds()));
		}
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}
}
