package io.cotrain.spreadsheet.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A zip bomb guard: an xlsx file is a zip archive, and 10 MB of it could unpack to many gigabytes. Every part
 * is inflated once (and thrown away) counting bytes, before the workbook reader sees it; the sizes the
 * archive declares are not trusted. The archive is read through its central directory, as the workbook
 * reader reads it.
 */
final class ZipGuard {

	private ZipGuard() {
	}

	static void check(byte[] zip, long maxUnpackedBytes) {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
			Enumeration<ZipArchiveEntry> entries = file.getEntries();
			while (entries.hasMoreElements()) {
				try (InputStream in = file.getInputStream(entries.nextElement())) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						total += read;
						if (total > maxUnpackedBytes) {
							throw new UnreadableFileException("spreadsheet.file.tooLargeUnpacked", maxUnpackedBytes / (1024 * 1024));
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UnreadableFileException unreadable) {
				throw unreadable;
			}
			throw new UnreadableFileException("spreadsheet.file.unreadable");
		}
	}
}
