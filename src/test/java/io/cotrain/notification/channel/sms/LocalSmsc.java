package io.cotrain.notification.channel.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A local SMSC on a free port (jsmpp's server side) for tests and the benchmark: it accepts transceiver binds with
 * one account, records every submit_sm, can refuse binds, answer submits with an error status, drop its sessions,
 * stop and start again on the same port, and send delivery receipts.
 */
public final class LocalSmsc implements AutoCloseable {

	public static final String SYSTEM_ID = "cotrain";
	public static final String PASSWORD = "secret";

	private final int port;
	private final BlockingQueue<SubmitSm> submits = new LinkedBlockingQueue<>();
	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
	private final AtomicLong ids = new AtomicLong(0x1000);
	private final AtomicInteger submitStatus = new AtomicInteger();
	private final AtomicInteger acceptedBeforeStatus = new AtomicInteger();
	private final AtomicInteger bindStatus = new AtomicInteger();
	private volatile SMPPServerSessionListener listener;
	private ExecutorService executor;

	public LocalSmsc() throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
	}

	public int port() {
		return port;
	}

	public LocalSmsc start() throws IOException {
		executor = Executors.newCachedThreadPool(r -> {
			Thread thread = new Thread(r, "local-smsc");
			thread.setDaemon(true);
			return thread;
		});
		listener = new SMPPServerSessionListener(port);
		listener.setMessageReceiverListener(new Receiver());
		SMPPServerSessionListener current = listener;
		executor.execute(() -> accept(current));
		return this;
	}

	private void accept(SMPPServerSessionListener current) {
		while (true) {
			SMPPServerSession session;
			try {
				session = current.accept();
			}
			catch (IOException closed) {
				return;
			}
			sessions.add(session);
			executor.execute(() -> bind(session));
		}
	}

	private void bind(SMPPServerSession session) {
		try {
			BindRequest request = session.waitForBind(5_000);
			if (bindStatus.get() != 0) {
				request.reject(bindStatus.get());
			}
			else if (!SYSTEM_ID.equals(request.getSystemId())) {
				request.reject(0x0F);
			}
			else if (!PASSWORD.equals(request.getPassword())) {
				request.reject(0x0E);
			}
			else {
				request.accept("local-smsc");
			}
		}
		catch (IOException | TimeoutException | org.jsmpp.PDUStringException e) {
			session.close();
		}
	}

	/** Stops listening and closes every session (the port stays reserved for {@link #start()}). */
	public void stop() throws IOException {
		if (listener != null) {
			listener.close();
			listener = null;
		}
		dropSessions();
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	/** Closes the sessions as a failing SMSC would, without unbinding. */
	public void dropSessions() {
		sessions.forEach(SMPPServerSession::close);
		sessions.clear();
	}

	public void refuseBinds(int status) {
		bindStatus.set(status);
	}

	/** Answers every following submit_sm with {@code status} (0: accept). */
	public void answerSubmits(int status) {
		answerSubmitsAfter(0, status);
	}

	/** Accepts the next {@code accepted} submit_sm, then answers with {@code status}. */
	public void answerSubmitsAfter(int accepted, int status) {
		acceptedBeforeStatus.set(accepted);
		submitStatus.set(status);
	}

	/** The id given to the last accepted submit_sm. */
	public String lastMessageId() {
		return Long.toHexString(ids.get());
	}

	public BlockingQueue<SubmitSm> submits() {
		return submits;
	}

	/** Sends a delivery receipt with the given text (and TLVs) over the first bound session. */
	public void deliverReceipt(String text, OptionalParameter... tlvs) throws Exception {
		SMPPServerSession session = sessions.stream().filter(s -> s.getSessionState().isBound()).findFirst()
				.orElseThrow(() -> new IllegalStateException("no bound session"));
		session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "8613800000000",
				TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "CoTrain", new ESMClass(0x04), (byte) 0, (byte) 0,
				new RegisteredDelivery(0), DataCodings.ZERO, text.getBytes(StandardCharsets.ISO_8859_1), tlvs);
	}

	@Override
	public void close() throws IOException {
		stop();
	}

	private final class Receiver implements ServerMessageReceiverListener {

		@Override
		public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
			int status = submitStatus.get();
			if (status != 0 && acceptedBeforeStatus.getAndDecrement() <= 0) {
				throw new ProcessRequestException("refused by test", status);
			}
			submits.add(submitSm);
			try {
				return new SubmitSmResult(new MessageId(Long.toHexString(ids.incrementAndGet())), new OptionalParameter[0]);
			}
			catch (org.jsmpp.PDUStringException e) {
				throw new ProcessRequestException(e.getMessage(), 0x08);
			}
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}

		@Override
		public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}

		@Override
		public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}

		@Override
		public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}

		@Override
		public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}

		@Override
		public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}

		@Override
		public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}

		@Override
		public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("unsupported", 0x03);
		}
	}
}
