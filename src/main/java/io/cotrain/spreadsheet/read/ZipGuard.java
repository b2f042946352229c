package io.cotrain.spreadsheet.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip bomb guard: an xlsx file is a zip archive, and 10 MB of it could unpack to many gigabytes. The parts
 * are inflated once (and thrown away) counting bytes, before the workbook reader sees them; declared sizes
 * are not trusted.
 */
final class ZipGuard {

	private ZipGuard() {
	}

	static void check(byte[] zip, long maxUnpackedBytes) {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				int read;
				while ((read = in.read(buffer)) > 0) {
					total += read;
					if (total > maxUnpackedBytes) {
						throw new UnreadableFileException("spreadsheet.file.tooLargeUnpacked", maxUnpackedBytes / (1024 * 1024));
					}
				}
				if (entry.getName().contains("..")) {
					throw new UnreadableFileException("spreadsheet.file.unreadable");
				}
			}
		}
		catch (IOException e) {
			throw new UnreadableFileException("spreadsheet.file.unreadable");
		}
	}
}
