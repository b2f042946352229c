package io.cotrain.tenancy.account;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** Passwords HR hands over once: 14 characters from an alphabet without look-alikes (0/O, 1/l/I). */
@Component
class OneTimePasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder sb = new StringBuilder(14);
		for (int i = 0; i < 14; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
