package io.cotrain.files.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The stored content is read one chunk at a time; skipping loads nothing. */
class ChunkStreamTest {

	private final byte[] content = new byte[10 * 100 + 37];
	private final List<Integer> loaded = new ArrayList<>();

	ChunkStreamTest() {
		new Random(1).nextBytes(content);
	}

	private InputStream stream() {
		return new ChunkStream(no -> {
			loaded.add(no);
			int from = no * 100;
			return Arrays.copyOfRange(content, from, Math.min(content.length, from + 100));
		}, content.length, 100);
	}

	@Test
	void readsEveryChunkOnceInOrder() throws IOException {
		try (InputStream in = stream()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(loaded).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	}

	@Test
	void holdsNoMoreThanOneChunk() throws IOException {
		try (InputStream in = stream()) {
			in.read(new byte[30]);
			assertThat(in.available()).isEqualTo(70);
		}
	}

	@Test
	void skippingJumpsOverChunksWithoutLoadingThem() throws IOException {
		try (InputStream in = stream()) {
			assertThat(in.skip(950)).isEqualTo(950);
			assertThat(in.readNBytes(60)).isEqualTo(Arrays.copyOfRange(content, 950, 1010));
			assertThat(in.skip(10_000)).isEqualTo(27);
			assertThat(in.read()).isEqualTo(-1);
		}
		assertThat(loaded).containsExactly(9, 10);
	}

	@Test
	void aMissingChunkIsAnIoError() {
		InputStream in = new ChunkStream(no -> {
			throw new UncheckedIOException(new IOException("chunk " + no + " is missing"));
		}, 10, 5);
		assertThatIOException().isThrownBy(in::read).withMessageContaining("missing");
	}
}
