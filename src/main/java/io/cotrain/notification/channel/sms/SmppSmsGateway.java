package io.cotrain.notification.channel.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.DeliveryReceipts;
import io.cotrain.notification.channel.SmsGateway;
import io.cotrain.shared.RuleViolationException.Violation;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMPP 3.4 client (jsmpp) for one tenant's SMSC. It binds as transceiver on the first send, keeps the session
 * (enquire_link keeps it alive), binds again on the next send after the session was lost, and receives the delivery
 * receipts on the same session. Thread-safe: sends may run in parallel on the one session.
 * <p>
 * A long text goes as concatenated parts (see {@link SmsParts}) with an 8-bit-reference UDH, a fresh reference per
 * message. If a part is refused after earlier parts were accepted, the outcome says so: the recipient may already see
 * those parts, and a retry sends <em>all</em> parts again under a new reference, because a phone reassembles only
 * parts of one reference that arrive within its own time limit — resending the missing parts alone is not reliable.
 */
public final class SmppSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);
	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
	private static final byte UDHI = 0x40;
	private static final RegisteredDelivery RECEIPT = new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE);

	private final SmppSettings settings;
	private final ReceiptListener receipts;
	private final AtomicInteger references = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));
	private SMPPSession session; // guarded by this
	private boolean closed; // guarded by this

	public SmppSmsGateway(SmppSettings settings, DeliveryReceipts receipts, Clock clock) {
		this.settings = settings;
		this.receipts = new ReceiptListener(receipts, settings.smscZone(), clock);
	}

	@Override
	public Attempt send(SmsMessage message) {
		List<Violation> problems = settings.problems();
		if (!problems.isEmpty()) {
			return Attempt.failed("SMPP settings incomplete: " + problems.stream().map(Violation::field).collect(Collectors.joining(", ")));
		}
		if (message.to() == null || !E164.matcher(message.to()).matches()) {
			return Attempt.failed("invalid destination number (E.164 expected, e.g. +8613800000000)");
		}
		SmsParts parts;
		try {
			parts = SmsParts.of(message.text());
		}
		catch (IllegalArgumentException e) {
			return Attempt.failed(e.getMessage());
		}
		SMPPSession bound;
		try {
			bound = session();
		}
		catch (IOException e) {
			return bindFailure(e);
		}
		return submit(bound, message.to().substring(1), parts);
	}

	private Attempt submit(SMPPSession bound, String destination, SmsParts parts) {
		int total = parts.parts().size();
		int reference = references.getAndIncrement() & 0xFF;
		ESMClass esmClass = new ESMClass(total > 1 ? UDHI : 0);
		String lastId = null;
		for (int i = 0; i < total; i++) {
			byte[] part = parts.parts().get(i);
			byte[] payload = total > 1 ? SmsParts.withUdh(part, reference, total, i + 1) : part;
			try {
				lastId = bound.submitShortMessage("", TypeOfNumber.valueOf((byte) settings.effectiveSourceTon()),
						NumberingPlanIndicator.valueOf((byte) settings.effectiveSourceNpi()), settings.sourceAddressValue(),
						TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, esmClass, (byte) 0, (byte) 1, null, null,
						RECEIPT, (byte) 0, DataCodings.newInstance(parts.dataCoding()), (byte) 0, payload).getMessageId();
			}
			catch (NegativeResponseException e) {
				String reason = "submit_sm refused: " + SmppStatus.describe(e.getCommandStatus());
				return SmppStatus.isTransient(e.getCommandStatus()) ? Attempt.retry(partly(reason, i, total))
						: Attempt.failed(partly(reason, i, total));
			}
			catch (ResponseTimeoutException e) {
				return Attempt.retry(partly("no submit_sm_resp within " + settings.responseTimeout().toSeconds() + " s", i, total));
			}
			catch (InvalidResponseException e) {
				return Attempt.retry(partly("invalid submit_sm_resp: " + e.getMessage(), i, total));
			}
			catch (PDUException e) {
				return Attempt.failed(partly("message cannot be encoded as submit_sm: " + e.getMessage(), i, total));
			}
			catch (IOException e) {
				discard(bound);
				return Attempt.retry(partly("connection to the SMSC lost: " + e.getMessage(), i, total));
			}
		}
		return Attempt.sent(lastId);
	}

	/** The reason, and when earlier parts were accepted, that the recipient may have them and a retry sends all again. */
	private static String partly(String reason, int failedIndex, int total) {
		if (failedIndex == 0) {
			return total > 1 ? reason + " (part 1 of " + total + "; no part was sent)" : reason;
		}
		return reason + " (part " + (failedIndex + 1) + " of " + total + "; parts 1-" + failedIndex
				+ " were accepted and may reach the recipient as a fragment; a retry sends all parts again)";
	}

	private Attempt bindFailure(IOException e) {
		String where = settings.host() + ":" + settings.port();
		if (e.getCause() instanceof NegativeResponseException refused) {
			String reason = "bind to " + where + " refused: " + SmppStatus.describe(refused.getCommandStatus());
			log.warn("SMPP {}", reason);
			return SmppStatus.refusesBind(refused.getCommandStatus()) ? Attempt.failed(reason) : Attempt.retry(reason);
		}
		String reason;
		if (e.getCause() instanceof ResponseTimeoutException) {
			reason = "no bind response from " + where + " within " + settings.bindTimeout().toSeconds() + " s";
		}
		else if (e instanceof ConnectException) {
			reason = "connection to " + where + " refused";
		}
		else if (e instanceof SocketTimeoutException) {
			reason = "no connection to " + where + " within " + settings.bindTimeout().toSeconds() + " s";
		}
		else {
			reason = "cannot bind to " + where + ": " + e.getMessage();
		}
		log.warn("SMPP {}", reason);
		return Attempt.retry(reason);
	}

	/** The bound session, binding a new one when there is none or it was lost. */
	private synchronized SMPPSession session() throws IOException {
		if (closed) {
			throw new IOException("gateway closed");
		}
		if (session != null && session.getSessionState().isBound()) {
			return session;
		}
		if (session != null) {
			session.close();
			session = null;
		}
		SMPPSession fresh = new SMPPSession(connections());
		fresh.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
		fresh.setTransactionTimer(settings.responseTimeout().toMillis());
		fresh.setMessageReceiverListener(receipts);
		fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX, settings.systemId(),
				settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
				settings.bindTimeout().toMillis());
		log.info("SMPP bound to {}:{} as {}", settings.host(), settings.port(), settings.systemId());
		session = fresh;
		return fresh;
	}

	/** Connections with a connect timeout (jsmpp's default factory has none) and without Nagle's delay. */
	private ConnectionFactory connections() {
		int timeout = (int) settings.bindTimeout().toMillis();
		return (host, port) -> {
			Socket socket = new Socket();
			try {
				socket.setTcpNoDelay(true); // request/response PDUs: no Nagle delay when sends overlap on the session
				socket.connect(new InetSocketAddress(host, port), timeout);
				return new SocketConnection(socket);
			}
			catch (IOException e) {
				socket.close();
				throw e;
			}
		};
	}

	private synchronized void discard(SMPPSession lost) {
		if (session == lost) {
			session.close();
			session = null;
		}
	}

	/** Whether a session is bound now (it may still be lost before the next send notices). */
	synchronized boolean isBound() {
		return session != null && session.getSessionState().isBound();
	}

	@Override
	public synchronized void close() {
		closed = true;
		if (session != null) {
			session.unbindAndClose();
			session = null;
		}
	}

	@Override
	public String toString() {
		return "SmppSmsGateway[" + settings + "]";
	}
}
