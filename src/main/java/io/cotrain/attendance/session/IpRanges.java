package io.cotrain.attendance.session;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** CIDR ranges ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, a bare address) and whether an address lies in one. */
final class IpRanges {

	private IpRanges() {
	}

	/** Whether {@code range} is a CIDR range or an address (literal only, never a host name to look up). */
	static boolean valid(String range) {
		return parse(range) != null;
	}

	static boolean contains(List<String> ranges, String address) {
		byte[] ip = literal(address);
		if (ip == null) {
			return false;
		}
		for (String range : ranges) {
			Parsed r = parse(range);
			if (r != null && r.contains(ip)) {
				return true;
			}
		}
		return false;
	}

	private record Parsed(byte[] network, int bits) {

		boolean contains(byte[] ip) {
			if (ip.length != network.length) {
				return false;
			}
			for (int i = 0; i < bits; i++) {
				int mask = 0x80 >> (i % 8);
				if ((ip[i / 8] & mask) != (network[i / 8] & mask)) {
					return false;
				}
			}
			return true;
		}
	}

	private static Parsed parse(String range) {
		if (range == null || range.isBlank()) {
			return null;
		}
		String[] parts = range.strip().split("/", -1);
		if (parts.length > 2) {
			return null;
		}
		byte[] network = literal(parts[0]);
		if (network == null) {
			return null;
		}
		int bits = network.length * 8;
		if (parts.length == 2) {
			try {
				bits = Integer.parseInt(parts[1]);
			}
			catch (NumberFormatException e) {
				return null;
			}
			if (bits < 0 || bits > network.length * 8) {
				return null;
			}
		}
		return new Parsed(network, bits);
	}

	/** The bytes of an IPv4 or IPv6 literal; null for anything else (no name resolution). */
	private static byte[] literal(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip();
		boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
		boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
		if (!v4 && !v6) {
			return null;
		}
		try {
			byte[] bytes = InetAddress.getByName(s).getAddress();
			if (v4) {
				for (String octet : s.split("\\.")) {
					if (Integer.parseInt(octet) > 255) {
						return null;
					}
				}
			}
			return bytes;
		}
		catch (UnknownHostException e) {
			return null;
		}
	}
}
