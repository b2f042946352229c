package io.cotrain.files.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.cotrain.files.FileKind;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Tells Word, Excel and PowerPoint files (Office Open XML packages) from other zip archives, as Office does: through the
 * archive's central directory, the package's {@code [Content_Types].xml} must declare exactly one main part of a
 * document, workbook or presentation, and that part must be in the archive. Macro-enabled packages (their main part
 * has another content type, or they carry a {@code vbaProject.bin}) and templates are no accepted kind. Only the
 * content types part is inflated, at most {@link #MAX_CONTENT_TYPES_BYTES} of it, so a zip bomb costs nothing.
 */
final class OfficePackages {

	static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

	private static final Map<String, FileKind> MAIN_PARTS = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileKind.DOCX,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileKind.XLSX,
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", FileKind.PPTX);

	private OfficePackages() {
	}

	private record PartType(String partName, String contentType) {
	}

	static Optional<FileKind> kindOf(UploadBuffer content) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(content.channel()).get()) {
			Set<String> names = new HashSet<>();
			Enumeration<ZipArchiveEntry> entries = zip.getEntries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
					return Optional.empty();
				}
				names.add(name.toLowerCase(Locale.ROOT));
			}
			ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				return Optional.empty();
			}
			try (InputStream in = zip.getInputStream(types)) {
				return mainKind(overrides(in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1)), names);
			}
		}
		catch (IOException | XMLStreamException | RuntimeException e) {
			// not a readable archive or package: no accepted kind
			return Optional.empty();
		}
	}

	private static Optional<FileKind> mainKind(List<PartType> overrides, Set<String> names) {
		List<FileKind> found = overrides.stream()
			.filter(o -> MAIN_PARTS.containsKey(lower(o.contentType())) && names.contains(lower(stripSlash(o.partName()))))
			.map(o -> MAIN_PARTS.get(lower(o.contentType())))
			.toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	private static List<PartType> overrides(byte[] xml) throws XMLStreamException {
		if (xml.length > MAX_CONTENT_TYPES_BYTES) {
			return List.of();
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
		List<PartType> overrides = new ArrayList<>();
		try {
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Override")) {
					overrides.add(new PartType(reader.getAttributeValue(null, "PartName"),
							reader.getAttributeValue(null, "ContentType")));
				}
			}
		}
		finally {
			reader.close();
		}
		return overrides;
	}

	/** Part names and content types compare ignoring case (Open Packaging Conventions). */
	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

	private static String stripSlash(String partName) {
		return partName != null && partName.startsWith("/") ? partName.substring(1) : String.valueOf(partName);
	}
}
