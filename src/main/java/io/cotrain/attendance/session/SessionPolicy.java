package io.cotrain.attendance.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cotrain.training.Occurrences.Occurrence;

/**
 * The check-in rules of one session: its window around the start, when a check-in is late, the joint-presence rule, the
 * methods accepted and the optional network and place limits of QR check-in.
 *
 * @param custom whether the session has its own rules (else the tenant's settings for its region apply)
 * @param ipRanges CIDR ranges (IPv4 or IPv6) a QR check-in must come from; empty: any address
 * @param geofence where a QR check-in must be made (browser location); null: anywhere
 */
public record SessionPolicy(boolean custom, Duration opensBefore, Duration closesAfter, Duration lateAfter, Duration jointWithin,
		Methods methods, List<String> ipRanges, Geofence geofence) {

	public enum Methods {
		QR, FACE, BOTH;

		public boolean qr() {
			return this != FACE;
		}

		public boolean face() {
			return this != QR;
		}
	}

	/** A circle around a point; a browser location farther than {@code radiusMetres} is outside. */
	public record Geofence(double latitude, double longitude, int radiusMetres) {

		private static final double EARTH_RADIUS_M = 6_371_008.8;

		/** The great-circle (haversine) distance in metres from the centre to the point. */
		public double distanceTo(double lat, double lon) {
			double dLat = Math.toRadians(lat - latitude);
			double dLon = Math.toRadians(lon - longitude);
			double a = Math.pow(Math.sin(dLat / 2), 2)
					+ Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
			return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
		}

		public boolean contains(double lat, double lon) {
			return distanceTo(lat, lon) <= radiusMetres;
		}
	}

	/** When check-in opens and closes for a session starting at {@code startsAt}, and from when it is late. */
	public record Window(Instant opensAt, Instant closesAt, Instant lateFrom) {

		public boolean contains(Instant at) {
			return !at.isBefore(opensAt) && at.isBefore(closesAt);
		}

		public boolean late(Instant at) {
			return at.isAfter(lateFrom);
		}
	}

	public SessionPolicy {
		ipRanges = List.copyOf(ipRanges);
	}

	public Window window(Occurrence session) {
		return window(session.startsAt());
	}

	/** The window of a session starting at {@code startsAt}. */
	public Window window(Instant startsAt) {
		return new Window(startsAt.minus(opensBefore), startsAt.plus(closesAfter), startsAt.plus(lateAfter));
	}
}
