package io.cotrain.files.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** An upload is read once, hashed as it is read, and never beyond the limit plus one byte. */
class UploadBufferTest {

	/** An endless stream that counts what was taken from it. */
	static final class Endless extends InputStream {
		long served;

		@Override
		public int read() {
			served++;
			return 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			java.util.Arrays.fill(b, off, off + len, (byte) 'x');
			served += len;
			return len;
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 1000, 4096, 10_000 })
	void chunksHoldEveryByteAndTheChecksumIsSha256(int size) throws Exception {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		UploadBuffer buffer = UploadBuffer.read(new ByteArrayInputStream(bytes), 10_000, 1000);

		assertThat(buffer.size()).isEqualTo(size);
		assertThat(buffer.overLimit()).isFalse();
		assertThat(buffer.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		assertThat(buffer.stream().readAllBytes()).isEqualTo(bytes);
		assertThat(buffer.chunks()).hasSize((size + 999) / 1000);
		assertThat(buffer.chunks().subList(0, buffer.chunks().size() - 1)).allMatch(c -> c.length == 1000);
		assertThat(buffer.head(5)).isEqualTo(java.util.Arrays.copyOf(bytes, Math.min(5, size)));
	}

	@Test
	void readsAtMostOneBytePastTheLimitWhateverComes() throws IOException {
		Endless endless = new Endless();
		UploadBuffer buffer = UploadBuffer.read(endless, 5000, 1024);

		assertThat(buffer.overLimit()).isTrue();
		assertThat(buffer.size()).isEqualTo(5001);
		assertThat(endless.served).isEqualTo(5001);
		assertThat(buffer.chunks().stream().mapToLong(c -> c.length).sum()).isEqualTo(5001);
	}

	@Test
	void exactlyTheLimitIsFineAndNothingIsEmpty() throws IOException {
		assertThat(UploadBuffer.read(new ByteArrayInputStream(new byte[5000]), 5000, 1024).overLimit()).isFalse();
		UploadBuffer empty = UploadBuffer.read(InputStream.nullInputStream(), 5000, 1024);
		assertThat(empty.isEmpty()).isTrue();
		assertThat(empty.chunks()).isEmpty();
	}

	@Test
	void theChannelSeeksAcrossChunks() throws IOException {
		byte[] bytes = new byte[2500];
		new Random(7).nextBytes(bytes);
		try (ChunkChannel channel = UploadBuffer.read(new ByteArrayInputStream(bytes), 2500, 1000).channel()) {
			java.nio.ByteBuffer target = java.nio.ByteBuffer.allocate(700);
			channel.position(900);
			assertThat(channel.read(target)).isEqualTo(700);
			assertThat(target.array()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 900, 1600));
			channel.position(2400);
			target.clear();
			assertThat(channel.read(target)).isEqualTo(100);
			assertThat(channel.read(target)).isEqualTo(-1);
			assertThat(channel.size()).isEqualTo(2500);
		}
	}
}
