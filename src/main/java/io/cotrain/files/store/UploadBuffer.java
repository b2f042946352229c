package io.cotrain.files.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * An upload read once, in chunks of the stored chunk size, counting and hashing (SHA-256) as it goes and stopping one
 * byte past the limit: whatever the client declared, at most {@code limit + 1} bytes are ever held.
 */
final class UploadBuffer {

	private final List<byte[]> chunks;
	private final long size;
	private final boolean overLimit;
	private final String sha256;

	private UploadBuffer(List<byte[]> chunks, long size, boolean overLimit, String sha256) {
		this.chunks = chunks;
		this.size = size;
		this.overLimit = overLimit;
		this.sha256 = sha256;
	}

	static UploadBuffer read(InputStream in, long limit, int chunkSize) throws IOException {
		MessageDigest digest = newDigest();
		List<byte[]> chunks = new ArrayList<>();
		long cap = limit + 1;
		long total = 0;
		while (total < cap) {
			byte[] chunk = new byte[(int) Math.min(chunkSize, cap - total)];
			int filled = in.readNBytes(chunk, 0, chunk.length);
			if (filled == 0) {
				break;
			}
			digest.update(chunk, 0, filled);
			chunks.add(filled == chunk.length ? chunk : Arrays.copyOf(chunk, filled));
			total += filled;
			if (filled < chunk.length) {
				break;
			}
		}
		return new UploadBuffer(List.copyOf(chunks), total, total > limit, HexFormat.of().formatHex(digest.digest()));
	}

	long size() {
		return size;
	}

	boolean isEmpty() {
		return size == 0;
	}

	/** Whether the upload has more bytes than the limit (then only the limit plus one byte were read). */
	boolean overLimit() {
		return overLimit;
	}

	/** Lower-case hex SHA-256 of everything read (meaningful only when not over the limit). */
	String sha256() {
		return sha256;
	}

	/** The chunks as stored: each of the chunk size, the last possibly shorter. */
	List<byte[]> chunks() {
		return chunks;
	}

	/** Up to {@code n} bytes from the start. */
	byte[] head(int n) {
		byte[] head = new byte[(int) Math.min(n, size)];
		int at = 0;
		for (byte[] chunk : chunks) {
			if (at == head.length) {
				break;
			}
			int take = Math.min(chunk.length, head.length - at);
			System.arraycopy(chunk, 0, head, at, take);
			at += take;
		}
		return head;
	}

	InputStream stream() {
		return new SequenceInputStream(Collections.enumeration(chunks.stream()
			.map(c -> (InputStream) new ByteArrayInputStream(c)).toList()));
	}

	/** Random access to the bytes read, for reading a zip archive's central directory. */
	ChunkChannel channel() {
		return new ChunkChannel(chunks, size);
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
