package io.cotrain.attendance.qr;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG: one path of unit squares for the dark modules, a quiet zone of four modules, scaled by the
 * page (no fixed size), crisp at any size.
 */
final class QrSvg {

	private static final int BORDER = 4;

	private QrSvg() {
	}

	/** The SVG of {@code text} (medium error correction: a projector's glare or a smudge still scans). */
	static String of(String text, String label) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + BORDER * 2;
		StringBuilder path = new StringBuilder(qr.size * qr.size * 4);
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" role=\"img\" aria-label=\""
				+ escape(label) + "\" shape-rendering=\"crispEdges\" class=\"qr-code\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
