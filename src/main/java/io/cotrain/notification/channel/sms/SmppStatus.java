package io.cotrain.notification.channel.sms;

import java.util.Map;
import java.util.Set;

/** SMPP command_status codes: their names for the log and which ones are worth retrying. */
final class SmppStatus {

	static final int ESME_RSYSERR = 0x08;
	static final int ESME_RINVDSTADR = 0x0B;
	static final int ESME_RBINDFAIL = 0x0D;
	static final int ESME_RINVPASWD = 0x0E;
	static final int ESME_RINVSYSID = 0x0F;
	static final int ESME_RMSGQFUL = 0x14;
	static final int ESME_RTHROTTLED = 0x58;
	static final int ESME_RX_T_APPN = 0x64;

	/** The SMSC is busy or briefly unable: the same message may well go through later. */
	private static final Set<Integer> TRANSIENT = Set.of(ESME_RSYSERR, ESME_RMSGQFUL, ESME_RTHROTTLED, ESME_RX_T_APPN);
	/** A bind refused for these will be refused again until someone changes the settings. */
	private static final Set<Integer> BIND_REFUSED = Set.of(ESME_RBINDFAIL, ESME_RINVPASWD, ESME_RINVSYSID);

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(ESME_RSYSERR, "ESME_RSYSERR"),
			Map.entry(ESME_RINVDSTADR, "ESME_RINVDSTADR"), Map.entry(ESME_RBINDFAIL, "ESME_RBINDFAIL"),
			Map.entry(ESME_RINVPASWD, "ESME_RINVPASWD"), Map.entry(ESME_RINVSYSID, "ESME_RINVSYSID"),
			Map.entry(ESME_RMSGQFUL, "ESME_RMSGQFUL"), Map.entry(ESME_RTHROTTLED, "ESME_RTHROTTLED"),
			Map.entry(ESME_RX_T_APPN, "ESME_RX_T_APPN"), Map.entry(0x01, "ESME_RINVMSGLEN"), Map.entry(0x03, "ESME_RINVCMDID"),
			Map.entry(0x0A, "ESME_RINVSRCADR"), Map.entry(0x45, "ESME_RSUBMITFAIL"), Map.entry(0x48, "ESME_RINVSRCTON"),
			Map.entry(0x49, "ESME_RINVSRCNPI"), Map.entry(0x50, "ESME_RINVDSTTON"), Map.entry(0x51, "ESME_RINVDSTNPI"),
			Map.entry(0x61, "ESME_RINVSCHED"), Map.entry(0x62, "ESME_RINVEXPIRY"), Map.entry(0x65, "ESME_RX_P_APPN"),
			Map.entry(0x66, "ESME_RX_R_APPN"));

	private SmppStatus() {
	}

	static boolean isTransient(int status) {
		return TRANSIENT.contains(status);
	}

	static boolean refusesBind(int status) {
		return BIND_REFUSED.contains(status);
	}

	/** E.g. {@code ESME_RTHROTTLED (0x58)}. */
	static String describe(int status) {
		return NAMES.getOrDefault(status, "status") + String.format(" (0x%02X)", status);
	}
}
