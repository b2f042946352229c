package io.cotrain.notification.channel.sms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.notification.channel.DeliveryReceipts;
import io.cotrain.notification.channel.DeliveryReceipts.Status;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameter.Message_state.Message_state_enum;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the SMSC's delivery receipts ({@code deliver_sm} with the receipt bit of esm_class) into
 * {@link DeliveryReceipts#received} calls. The receipt text ({@code id:… sub:… dlvrd:… submit date:… done
 * date:YYMMDDhhmm stat:DELIVRD err:…}) is read leniently; the TLVs receipted_message_id and message_state, when
 * present, win over it. Every deliver_sm is answered with an OK deliver_sm_resp, also when the receipt cannot be read
 * or its handler fails: a refused receipt would only be sent again and again.
 */
final class ReceiptListener implements MessageReceiverListener {

	private static final Logger log = LoggerFactory.getLogger(ReceiptListener.class);
	private static final Pattern ID = Pattern.compile("(?i)\\bid:(\\S+)");
	private static final Pattern STAT = Pattern.compile("(?i)\\bstat:(\\S+)");
	private static final Pattern ERR = Pattern.compile("(?i)\\berr:(\\S+)");
	private static final Pattern DONE = Pattern.compile("(?i)\\bdone date:(\\d{10}(?:\\d{2})?)");
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT);
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyMMddHHmmss", Locale.ROOT);

	private final DeliveryReceipts receipts;
	private final ZoneId smscZone;
	private final Clock clock;

	ReceiptListener(DeliveryReceipts receipts, ZoneId smscZone, Clock clock) {
		this.receipts = receipts;
		this.smscZone = smscZone;
		this.clock = clock;
	}

	@Override
	public void onAcceptDeliverSm(DeliverSm deliverSm) {
		if (!DeliverSm.isSmscDeliveryReceipt(deliverSm.getEsmClass())) {
			log.debug("SMPP deliver_sm that is no delivery receipt ignored (esm_class 0x{})",
					Integer.toHexString(deliverSm.getEsmClass() & 0xFF));
			return;
		}
		String text = deliverSm.getShortMessage() == null ? "" : new String(deliverSm.getShortMessage(), StandardCharsets.ISO_8859_1);
		String id = receiptedMessageId(deliverSm);
		if (id == null) {
			id = find(ID, text);
		}
		if (id == null) {
			log.warn("SMPP delivery receipt without a message id ignored: {}", text);
			return;
		}
		String stat = find(STAT, text);
		Status status = messageState(deliverSm);
		if (status == null) {
			status = status(stat);
		}
		String err = find(ERR, text);
		String detail = stat == null && err == null ? null : (stat == null ? "" : "stat:" + stat) + (err == null ? "" : " err:" + err);
		try {
			receipts.received(id, status, doneDate(find(DONE, text)), detail == null ? null : detail.strip());
		}
		catch (RuntimeException e) {
			log.error("SMPP delivery receipt for message {} could not be recorded", id, e);
		}
	}

	static Status status(String stat) {
		if (stat == null) {
			return Status.UNKNOWN;
		}
		return switch (stat.toUpperCase(Locale.ROOT)) {
			case "DELIVRD" -> Status.DELIVERED;
			case "UNDELIV" -> Status.UNDELIVERABLE;
			case "EXPIRED" -> Status.EXPIRED;
			case "REJECTD" -> Status.REJECTED;
			default -> Status.UNKNOWN;
		};
	}

	private static Status messageState(DeliverSm deliverSm) {
		if (!(deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE) instanceof OptionalParameter.Byte state)) {
			return null;
		}
		Message_state_enum value = Message_state_enum.toEnum(state.getValue());
		if (value == null) {
			return Status.UNKNOWN;
		}
		return switch (value) {
			case DELIVERED -> Status.DELIVERED;
			case UNDELIVERABLE -> Status.UNDELIVERABLE;
			case EXPIRED -> Status.EXPIRED;
			case REJECTED -> Status.REJECTED;
			default -> Status.UNKNOWN;
		};
	}

	private static String receiptedMessageId(DeliverSm deliverSm) {
		if (deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID) instanceof OptionalParameter.COctetString id
				&& !id.getValueAsString().isBlank()) {
			return id.getValueAsString().strip();
		}
		return null;
	}

	/** The SMSC's done date in its zone, or now when the receipt has none or an unreadable one. */
	private Instant doneDate(String value) {
		if (value != null) {
			try {
				return LocalDateTime.parse(value, value.length() == 10 ? MINUTES : SECONDS).atZone(smscZone).toInstant();
			}
			catch (DateTimeParseException e) {
				log.debug("SMPP receipt done date {} unreadable", value);
			}
		}
		return clock.instant();
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

	@Override
	public void onAcceptAlertNotification(AlertNotification alertNotification) {
		// alert_notification concerns SMSC-side data the gateway does not use
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw new ProcessRequestException("data_sm is not supported", 0x03);
	}
}
