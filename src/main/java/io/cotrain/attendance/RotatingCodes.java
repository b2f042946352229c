package io.cotrain.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cotrain.runtime.SecretCipher;

import org.springframework.stereotype.Component;

/**
 * The rotating QR code of a training session (TERMINALS.md §4), like TOTP: the code of time step {@code n} (the
 * epoch seconds divided by the step length) is the first 96 bits of HMAC-SHA256(session key, n), base64url — 16
 * characters. The session key is derived from the master key and the session id ({@link SecretCipher#derive}), so
 * every node computes and checks codes without a database read and nothing secret is stored per session. A code is
 * accepted during its own step and the next one (the screen may have changed while the phone was scanning), never
 * earlier or later; comparison is constant-time. Whether the session's check-in window is open and the scanner is on
 * its roster is the caller's to check.
 */
@Component
public class RotatingCodes {

	private static final int CODE_BYTES = 12;

	private final SecretCipher cipher;

	RotatingCodes(SecretCipher cipher) {
		this.cipher = cipher;
	}

	/**
	 * @param value what the QR code carries
	 * @param validUntil when the screen shows the next code
	 */
	public record Code(String value, long step, Instant validUntil) {
	}

	/** The code to show for the session at {@code at}, with steps of {@code stepSeconds}. */
	public Code current(UUID session, int stepSeconds, Instant at) {
		long step = step(stepSeconds, at);
		return new Code(code(session, step), step, Instant.ofEpochSecond((step + 1) * stepSeconds));
	}

	/** Whether {@code code} is the session's code of the step of {@code at} or of the step before. */
	public boolean accepts(UUID session, String code, int stepSeconds, Instant at) {
		if (code == null) {
			return false;
		}
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		long step = step(stepSeconds, at);
		Mac mac = mac(session);
		boolean ok = false;
		for (long s = step; s >= step - 1; s--) {
			ok |= MessageDigest.isEqual(given, code(mac, s).getBytes(StandardCharsets.US_ASCII));
		}
		return ok;
	}

	/**
	 * Whether {@code code} was the session's code of a step earlier than those {@link #accepts} takes, at most
	 * {@code lookBack} before {@code at}: an expired code rather than a forged one or another session's, so the scanner
	 * can be told to scan again. Costs one HMAC per step looked at.
	 */
	public boolean expired(UUID session, String code, int stepSeconds, Instant at, java.time.Duration lookBack) {
		if (code == null) {
			return false;
		}
		long step = step(stepSeconds, at);
		long oldest = step(stepSeconds, at.minus(lookBack));
		Mac mac = mac(session);
		for (long s = step - 2; s >= oldest; s--) {
			if (code.equals(code(mac, s))) {
				return true;
			}
		}
		return false;
	}

	private static long step(int stepSeconds, Instant at) {
		if (stepSeconds < 1) {
			throw new IllegalArgumentException("a step lasts at least a second");
		}
		return Math.floorDiv(at.getEpochSecond(), stepSeconds);
	}

	private String code(UUID session, long step) {
		return code(mac(session), step);
	}

	private Mac mac(UUID session) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(cipher.derive("session-qr:" + session), "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot compute a session code", e);
		}
	}

	private static String code(Mac mac, long step) {
		byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		byte[] code = new byte[CODE_BYTES];
		System.arraycopy(digest, 0, code, 0, CODE_BYTES);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(code);
	}
}
