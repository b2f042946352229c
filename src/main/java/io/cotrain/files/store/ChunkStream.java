package io.cotrain.files.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A stored file's content read one chunk at a time: at most one chunk is held, and skipping (range requests) jumps
 * over chunks without loading them. No connection is held between chunks, so a slow client ties up no database
 * connection.
 */
final class ChunkStream extends InputStream {

	/** Loads one chunk; throws {@link UncheckedIOException} when it is not there. */
	@FunctionalInterface
	interface Loader {
		byte[] load(int chunkNo);
	}

	private final Loader loader;
	private final long size;
	private final int chunkSize;
	private long position;
	private byte[] chunk;
	private int chunkNo = -1;
	private boolean closed;

	ChunkStream(Loader loader, long size, int chunkSize) {
		this.loader = Objects.requireNonNull(loader, "loader");
		this.size = size;
		this.chunkSize = chunkSize;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException {
		Objects.checkFromIndexSize(offset, length, target.length);
		ensureOpen();
		if (position >= size) {
			return -1;
		}
		if (length == 0) {
			return 0;
		}
		byte[] current = current();
		int at = (int) (position % chunkSize);
		int take = Math.min(length, current.length - at);
		if (take <= 0) {
			throw new IOException("stored chunk " + chunkNo + " is shorter than the file says");
		}
		System.arraycopy(current, at, target, offset, take);
		position += take;
		return take;
	}

	@Override
	public long skip(long n) throws IOException {
		ensureOpen();
		long skipped = Math.max(0, Math.min(n, size - position));
		position += skipped;
		return skipped;
	}

	@Override
	public int available() throws IOException {
		ensureOpen();
		int wanted = (int) (position / chunkSize);
		return chunk != null && wanted == chunkNo ? (int) Math.min(chunk.length - position % chunkSize, size - position) : 0;
	}

	@Override
	public void close() {
		closed = true;
		chunk = null;
	}

	private byte[] current() throws IOException {
		int wanted = (int) (position / chunkSize);
		if (wanted != chunkNo) {
			chunk = null;
			try {
				chunk = loader.load(wanted);
			}
			catch (UncheckedIOException e) {
				throw e.getCause();
			}
			chunkNo = wanted;
		}
		return chunk;
	}

	private void ensureOpen() throws IOException {
		if (closed) {
			throw new IOException("stream closed");
		}
	}
}
