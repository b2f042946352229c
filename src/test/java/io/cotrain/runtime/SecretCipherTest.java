package io.cotrain.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretCipherTest {

	@TempDir
	Path dataDir;

	private SecretCipher cipherOnDataDir() {
		return new SecretCipher(new RuntimeProperties(dataDir), "");
	}

	private static String randomKey(int bytes) {
		byte[] key = new byte[bytes];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	@Test
	void decryptsWhatItEncryptedIncludingChineseText() {
		SecretCipher cipher = cipherOnDataDir();
		for (String plain : new String[] { "gateway-password", "网关密码:华东·上海 ✓", "" }) {
			String sealed = cipher.encrypt(plain);
			assertThat(sealed).startsWith("v1:");
			if (!plain.isEmpty()) {
				assertThat(sealed).doesNotContain(plain);
			}
			assertThat(cipher.decrypt(sealed)).isEqualTo(plain);
		}
	}

	@Test
	void derivesOneStableKeyPerPurposeThatDependsOnTheMasterKey() {
		SecretCipher cipher = cipherOnDataDir();
		byte[] qr = cipher.derive("session-qr:1");
		assertThat(qr).hasSize(32).isEqualTo(cipherOnDataDir().derive("session-qr:1"));
		assertThat(cipher.derive("session-qr:2")).isNotEqualTo(qr);
		assertThat(new SecretCipher(new RuntimeProperties(dataDir), randomKey(32)).derive("session-qr:1")).as("another master key").isNotEqualTo(qr);
	}

	@Test
	void encryptsTheSameTextDifferentlyEachTime() {
		SecretCipher cipher = cipherOnDataDir();
		String first = cipher.encrypt("same secret");
		String second = cipher.encrypt("same secret");
		assertThat(first).isNotEqualTo(second);
		assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second)).isEqualTo("same secret");
	}

	@Test
	void refusesATamperedCiphertext() {
		SecretCipher cipher = cipherOnDataDir();
		String sealed = cipher.encrypt("device secret");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		for (int position : new int[] { 0, 12, bytes.length - 1 }) { // iv, ciphertext, tag
			byte[] changed = bytes.clone();
			changed[position] ^= 0x01;
			String tampered = "v1:" + Base64.getEncoder().encodeToString(changed);
			assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt(tampered));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt(sealed.substring(0, sealed.length() - 4)));
		assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt("v1:not base64!"));
		assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt("plain text"));
		assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt(null));
	}

	@Test
	void generatesTheKeyFileOnceAndALaterInstanceOnTheSameDirectoryDecrypts() throws Exception {
		Path keyFile = dataDir.resolve("keys/master.key");
		assertThat(keyFile).doesNotExist();

		SecretCipher first = cipherOnDataDir();
		assertThat(keyFile).isRegularFile();
		String key = Files.readString(keyFile);
		assertThat(Base64.getDecoder().decode(key.trim())).hasSize(32);
		if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		}
		String sealed = first.encrypt("密钥轮换前的秘密");

		SecretCipher second = cipherOnDataDir();
		assertThat(Files.readString(keyFile)).isEqualTo(key);
		try (var files = Files.list(keyFile.getParent())) {
			assertThat(files).containsExactly(keyFile);
		}
		assertThat(second.decrypt(sealed)).isEqualTo("密钥轮换前的秘密");
		assertThat(first.decrypt(second.encrypt("back"))).isEqualTo("back");
	}

	@Test
	void aCipherOnAnotherDataDirectoryCannotDecrypt(@TempDir Path otherDir) {
		String sealed = cipherOnDataDir().encrypt("secret");
		SecretCipher other = new SecretCipher(new RuntimeProperties(otherDir), "");
		assertThatIllegalArgumentException().isThrownBy(() -> other.decrypt(sealed));
	}

	@Test
	void usesTheConfiguredMasterKeyInsteadOfAKeyFile() {
		String key = randomKey(32);
		SecretCipher one = new SecretCipher(new RuntimeProperties(dataDir), key);
		SecretCipher two = new SecretCipher(new RuntimeProperties(dataDir.resolve("elsewhere")), " " + key + "\n");
		assertThat(two.decrypt(one.encrypt("shared across nodes"))).isEqualTo("shared across nodes");
		assertThat(dataDir.resolve("keys")).doesNotExist();
		assertThatIllegalArgumentException().isThrownBy(() -> cipherOnDataDir().decrypt(one.encrypt("x")));
	}

	@Test
	void refusesAnInvalidMasterKey() {
		for (String invalid : new String[] { "not base64 at all!", randomKey(16), randomKey(31), randomKey(64) }) {
			assertThatIllegalStateException().isThrownBy(() -> new SecretCipher(new RuntimeProperties(dataDir), invalid))
				.withMessageContaining("COTRAIN_MASTER_KEY");
		}
		assertThat(dataDir.resolve("keys")).doesNotExist();
	}

	@Test
	void refusesACorruptKeyFile() throws Exception {
		Path keyFile = dataDir.resolve("keys/master.key");
		Files.createDirectories(keyFile.getParent());
		Files.writeString(keyFile, randomKey(16));
		assertThatIllegalStateException().isThrownBy(this::cipherOnDataDir).withMessageContaining("master.key");
	}
}
