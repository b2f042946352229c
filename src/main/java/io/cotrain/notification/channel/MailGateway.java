package io.cotrain.notification.channel;

/** Sends mail over a tenant's SMTP server. One instance per tenant configuration; thread-safe. */
public interface MailGateway {

	/** Sends one multipart/alternative mail (text and HTML); never throws for server or network problems. */
	Attempt send(MailMessage message);

	/**
	 * @param to the recipient's address
	 * @param subject the subject
	 * @param text the plain-text body
	 * @param html the HTML body (already escaped where it holds parameters), or null for text only
	 */
	record MailMessage(String to, String subject, String text, String html) {
	}
}
