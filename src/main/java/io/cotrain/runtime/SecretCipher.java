package io.cotrain.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets the product stores (gateway passwords, device secrets) with AES-256-GCM.
 * The master key comes from {@code COTRAIN_MASTER_KEY} (base64 of 32 bytes); without it a key is generated
 * once into {@code ${cotrain.data-dir}/keys/master.key} and read from there on every later start.
 * Ciphertexts are {@code v1:<base64(iv || ciphertext+tag)>}; a changed byte makes decryption fail.
 */
@Component
public class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
	private static final String PREFIX = "v1:";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKey key;
	private final SecureRandom random = new SecureRandom();

	SecretCipher(RuntimeProperties properties, @Value("${COTRAIN_MASTER_KEY:}") String masterKey) {
		this.key = new SecretKeySpec(masterKey.isBlank() ? keyFromFile(properties.dataDir().resolve("keys/master.key"))
				: decodeKey(masterKey, "COTRAIN_MASTER_KEY"), "AES");
	}

	public String encrypt(String plaintext) {
		return PREFIX + Base64.getEncoder().encodeToString(seal(plaintext.getBytes(StandardCharsets.UTF_8), null));
	}

	/**
	 * Encrypts bytes (e.g. an image kept as evidence) into {@code iv || ciphertext+tag}, bound to {@code context} (e.g. the
	 * row's id) as associated data, so a sealed value copied to another row does not open there.
	 */
	public byte[] seal(byte[] plain, String context) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			if (context != null) {
				cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			}
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt", e);
		}
	}

	/** @throws IllegalArgumentException when the bytes were not sealed with this key and context, or were changed */
	public byte[] open(byte[] sealed, String context) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
			if (context != null) {
				cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			}
			return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalArgumentException("cannot be decrypted with the current master key", e);
		}
	}

	/**
	 * A key for one purpose, derived from the master key (HMAC-SHA256 over the purpose, HKDF-Extract style): the same on
	 * every node with the same master key, different for every purpose, and revealing nothing of the master key. For
	 * secrets that must be computed rather than stored, e.g. the key of a training session's rotating QR code.
	 */
	public byte[] derive(String purpose) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
			return mac.doFinal(("cotrain-derive:" + purpose).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot derive a key", e);
		}
	}

	/** @throws IllegalArgumentException when the text was not produced with this key or was changed */
	public String decrypt(String ciphertext) {
		if (ciphertext == null || !ciphertext.startsWith(PREFIX)) {
			throw new IllegalArgumentException("not a CoTrain ciphertext");
		}
		try {
			return new String(open(Base64.getDecoder().decode(ciphertext.substring(PREFIX.length())), null), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("secret cannot be decrypted with the current master key", e);
		}
	}

	private static byte[] decodeKey(String base64, String source) {
		try {
			byte[] bytes = Base64.getDecoder().decode(base64.trim());
			if (bytes.length == 32) {
				return bytes;
			}
		}
		catch (IllegalArgumentException ignored) {
			// reported below
		}
		throw new IllegalStateException(source + " must be the base64 encoding of 32 random bytes (e.g. `openssl rand -base64 32`)");
	}

	private byte[] keyFromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return decodeKey(Files.readString(file), file.toString());
			}
			Files.createDirectories(file.getParent());
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			Path tmp = Files.createTempFile(file.getParent(), "master", ".tmp");
			restrictToOwner(tmp);
			Files.writeString(tmp, Base64.getEncoder().encodeToString(bytes));
			Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			log.warn("Generated a new master key in {}; back it up, or set COTRAIN_MASTER_KEY on every node", file);
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the master key " + file, e);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the data directory's ACL applies
		}
	}
}
