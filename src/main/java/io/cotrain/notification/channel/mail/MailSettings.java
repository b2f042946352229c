package io.cotrain.notification.channel.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cotrain.shared.RuleViolationException.Violation;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A tenant's SMTP server and sender. Checked with {@link #problems()} (fields and message keys {@code notification.mail.*}) rather
 * than by throwing, so a settings page can show every problem at once.
 *
 * @param host the server's host name or address
 * @param port its port (25, 587 with STARTTLS, 465 with SSL)
 * @param username the login, or null for a server without authentication
 * @param password the login's password (stored encrypted by the caller); null without a login
 * @param security how the connection is protected
 * @param fromAddress the sender's address (also the envelope sender)
 * @param fromName the sender's display name, or null
 * @param connectTimeout how long connecting may take (10 s when null)
 * @param readTimeout how long one server reply may take (30 s when null)
 * @param writeTimeout how long writing the message may take (30 s when null)
 */
public record MailSettings(String host, Integer port, String username, String password, Security security,
		String fromAddress, String fromName, Duration connectTimeout, Duration readTimeout, Duration writeTimeout) {

	static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

	public enum Security {
		/** Plain SMTP (a server inside the company network only). */
		NONE,
		/** Plain connection upgraded with STARTTLS; refused when the server cannot upgrade. */
		STARTTLS,
		/** TLS from the first byte (SMTPS, usually port 465). */
		SSL
	}

	public MailSettings {
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
		writeTimeout = writeTimeout == null ? Duration.ofSeconds(30) : writeTimeout;
	}

	/** What is wrong with these settings, as (field, message key); empty when a gateway can be built from them. */
	public List<Violation> problems() {
		List<Violation> problems = new ArrayList<>();
		if (isBlank(host)) {
			problems.add(new Violation("host", "notification.mail.hostRequired"));
		}
		else if (!host.strip().matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]")) {
			problems.add(new Violation("host", "notification.mail.hostInvalid"));
		}
		if (port == null || port < 1 || port > 65_535) {
			problems.add(new Violation("port", "notification.mail.portRange"));
		}
		if (security == null) {
			problems.add(new Violation("security", "notification.mail.securityRequired"));
		}
		if (isBlank(fromAddress)) {
			problems.add(new Violation("fromAddress", "notification.mail.fromRequired"));
		}
		else if (!isAddress(fromAddress)) {
			problems.add(new Violation("fromAddress", "notification.mail.fromInvalid"));
		}
		if (isBlank(username) && !isBlank(password)) {
			problems.add(new Violation("username", "notification.mail.usernameRequired"));
		}
		if (!isBlank(username) && isBlank(password)) {
			problems.add(new Violation("password", "notification.mail.passwordRequired"));
		}
		if (!within(connectTimeout) || !within(readTimeout) || !within(writeTimeout)) {
			problems.add(new Violation("connectTimeout", "notification.mail.timeoutRange"));
		}
		return List.copyOf(problems);
	}

	boolean authenticates() {
		return !isBlank(username);
	}

	/** Never shows the password. */
	@Override
	public String toString() {
		return "MailSettings[" + username + "@" + host + ":" + port + ", " + security + ", from " + fromAddress + "]";
	}

	static boolean isAddress(String value) {
		try {
			InternetAddress address = new InternetAddress(value.strip(), true);
			address.validate();
			return address.getPersonal() == null && address.getAddress().equals(value.strip())
					&& address.getAddress().indexOf('@') > 0;
		}
		catch (AddressException e) {
			return false;
		}
	}

	private static boolean within(Duration timeout) {
		return timeout.compareTo(Duration.ofSeconds(1)) >= 0 && timeout.compareTo(MAX_TIMEOUT) <= 0;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
