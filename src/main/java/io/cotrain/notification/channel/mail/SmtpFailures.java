package io.cotrain.notification.channel.mail;

import java.io.IOException;

import javax.net.ssl.SSLException;

import io.cotrain.notification.channel.Attempt;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Turns what Jakarta Mail throws into an {@link Attempt}: a refused login or a permanent SMTP reply (5xx, an
 * invalid recipient) fails; a temporary reply (4xx), a refused or lost connection and a timeout are retried.
 * Details hold the server's reply or the exception's type, never the credentials.
 */
final class SmtpFailures {

	private static final int MAX_DETAIL = 200;

	private SmtpFailures() {
	}

	static Attempt classify(MessagingException e) {
		if (e instanceof AuthenticationFailedException) {
			return Attempt.failed("authentication refused by the SMTP server");
		}
		MessagingException reply = smtpReply(e);
		if (reply != null) {
			int code = replyCode(reply);
			String detail = shorten("SMTP " + reply.getMessage());
			return code >= 400 && code < 500 ? Attempt.retry(detail) : Attempt.failed(detail);
		}
		if (e instanceof SendFailedException refused && !isEmpty(refused.getInvalidAddresses())) {
			return Attempt.failed("recipient address refused");
		}
		Throwable io = ioCause(e);
		if (io instanceof SSLException) {
			return Attempt.failed("TLS connection failed: " + io.getClass().getSimpleName());
		}
		if (io != null) {
			return Attempt.retry("connection failed: " + io.getClass().getSimpleName());
		}
		return Attempt.retry(shorten("SMTP error: " + e.getMessage()));
	}

	/** The first exception in the chain that carries an SMTP reply code. */
	private static MessagingException smtpReply(MessagingException e) {
		for (Throwable next = e; next != null; next = next.getCause()) {
			if (next instanceof MessagingException m && replyCode(m) > 0) {
				return m;
			}
		}
		return null;
	}

	private static int replyCode(MessagingException e) {
		if (e instanceof SMTPAddressFailedException a) {
			return a.getReturnCode();
		}
		if (e instanceof SMTPSenderFailedException s) {
			return s.getReturnCode();
		}
		if (e instanceof SMTPSendFailedException s) {
			return s.getReturnCode();
		}
		return -1;
	}

	/** The I/O problem behind it; a {@link MessagingException}'s cause is its next exception. */
	private static Throwable ioCause(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return cause;
			}
		}
		return null;
	}

	private static boolean isEmpty(Address[] addresses) {
		return addresses == null || addresses.length == 0;
	}

	private static String shorten(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
	}
}
