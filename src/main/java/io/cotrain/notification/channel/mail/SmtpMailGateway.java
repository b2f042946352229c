package io.cotrain.notification.channel.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.MailGateway;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends mail over one tenant's SMTP server with Jakarta Mail: a new connection per message (notices are few and
 * spread out), multipart/alternative text + HTML in UTF-8, the sender's display name, and a Message-ID of our own
 * (returned as the provider id, so a bounce or a reply can be matched). Thread-safe: the {@link Session} is shared,
 * the transport is not.
 */
public final class SmtpMailGateway implements MailGateway {

	private static final String UTF_8 = StandardCharsets.UTF_8.name();

	private final MailSettings settings;
	private final Session session;
	private final InternetAddress from;
	private final String messageIdDomain;
	private final Clock clock;

	SmtpMailGateway(MailSettings settings, Clock clock) {
		if (!settings.problems().isEmpty()) {
			throw new IllegalArgumentException("invalid mail settings: " + settings.problems());
		}
		this.settings = settings;
		this.clock = clock;
		this.session = Session.getInstance(properties(settings));
		try {
			this.from = new InternetAddress(settings.fromAddress().strip(), blankToNull(settings.fromName()), UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
		this.messageIdDomain = from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1);
	}

	@Override
	public Attempt send(MailMessage message) {
		MimeMessage mime;
		try {
			mime = compose(message);
		}
		catch (AddressException e) {
			return Attempt.failed("invalid recipient address");
		}
		catch (MessagingException e) {
			return Attempt.failed("cannot compose the message: " + e.getClass().getSimpleName());
		}
		Transport transport = null;
		try {
			transport = session.getTransport("smtp");
			transport.connect(settings.host().strip(), settings.port(), blankToNull(settings.username()),
					settings.password());
			transport.sendMessage(mime, mime.getAllRecipients());
			return Attempt.sent(mime.getMessageID());
		}
		catch (MessagingException e) {
			return SmtpFailures.classify(e);
		}
		finally {
			closeQuietly(transport);
		}
	}

	private MimeMessage compose(MailMessage message) throws MessagingException {
		if (message.to() == null || message.to().isBlank() || !MailSettings.isAddress(message.to())) {
			throw new AddressException("invalid recipient");
		}
		String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
		MimeMessage mime = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		mime.setFrom(from);
		mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to().strip(), true));
		mime.setSubject(message.subject() == null ? "" : message.subject(), UTF_8);
		mime.setSentDate(Date.from(clock.instant()));
		String text = message.text() == null ? "" : message.text();
		if (message.html() == null) {
			mime.setText(text, UTF_8, "plain");
		}
		else {
			MimeBodyPart plain = new MimeBodyPart();
			plain.setText(text, UTF_8, "plain");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(message.html(), UTF_8, "html");
			mime.setContent(new MimeMultipart("alternative", plain, html));
		}
		mime.saveChanges();
		return mime;
	}

	private static Properties properties(MailSettings settings) {
		Properties properties = new Properties();
		properties.put("mail.transport.protocol", "smtp");
		properties.put("mail.smtp.host", settings.host().strip());
		properties.put("mail.smtp.port", String.valueOf(settings.port()));
		properties.put("mail.smtp.from", settings.fromAddress().strip());
		properties.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
		properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
		properties.put("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
		properties.put("mail.smtp.writetimeout", String.valueOf(settings.writeTimeout().toMillis()));
		switch (settings.security()) {
			case NONE -> {
			}
			case STARTTLS -> {
				properties.put("mail.smtp.starttls.enable", "true");
				properties.put("mail.smtp.starttls.required", "true");
				properties.put("mail.smtp.ssl.checkserveridentity", "true");
			}
			case SSL -> {
				properties.put("mail.smtp.ssl.enable", "true");
				properties.put("mail.smtp.ssl.checkserveridentity", "true");
			}
		}
		return properties;
	}

	private static void closeQuietly(Transport transport) {
		if (transport != null) {
			try {
				transport.close();
			}
			catch (MessagingException e) {
				// the message was handed over or the failure is already classified; QUIT failing changes neither
			}
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
