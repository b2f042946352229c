package io.cotrain.files.store;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.List;

/**
 * A read-only channel over an upload's chunks (all of one size but the last), so a zip archive is read through its
 * central directory without copying the upload into one array.
 */
final class ChunkChannel implements SeekableByteChannel {

	private final List<byte[]> chunks;
	private final long size;
	private final int chunkSize;
	private long position;
	private boolean open = true;

	ChunkChannel(List<byte[]> chunks, long size) {
		this.chunks = chunks;
		this.size = size;
		this.chunkSize = chunks.isEmpty() ? 1 : chunks.get(0).length;
	}

	@Override
	public int read(ByteBuffer target) throws ClosedChannelException {
		ensureOpen();
		if (position >= size) {
			return -1;
		}
		int read = 0;
		while (target.hasRemaining() && position < size) {
			byte[] chunk = chunks.get((int) (position / chunkSize));
			int offset = (int) (position % chunkSize);
			int take = Math.min(target.remaining(), chunk.length - offset);
			target.put(chunk, offset, take);
			position += take;
			read += take;
		}
		return read;
	}

	@Override
	public int write(ByteBuffer source) {
		throw new NonWritableChannelException();
	}

	@Override
	public long position() throws ClosedChannelException {
		ensureOpen();
		return position;
	}

	@Override
	public SeekableByteChannel position(long newPosition) throws ClosedChannelException {
		ensureOpen();
		if (newPosition < 0) {
			throw new IllegalArgumentException("negative position");
		}
		position = newPosition;
		return this;
	}

	@Override
	public long size() throws ClosedChannelException {
		ensureOpen();
		return size;
	}

	@Override
	public SeekableByteChannel truncate(long newSize) {
		throw new NonWritableChannelException();
	}

	@Override
	public boolean isOpen() {
		return open;
	}

	@Override
	public void close() {
		open = false;
	}

	private void ensureOpen() throws ClosedChannelException {
		if (!open) {
			throw new ClosedChannelException();
		}
	}
}
