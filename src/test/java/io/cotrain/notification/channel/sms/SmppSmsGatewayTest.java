package io.cotrain.notification.channel.sms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.Attempt.Outcome;
import io.cotrain.notification.channel.DeliveryReceipts.Status;
import io.cotrain.notification.channel.SmsGateway.SmsMessage;

import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The SMPP gateway against a local SMSC on a free port. */
class SmppSmsGatewayTest {

	private static final String TO = "+8613800000000";
	private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

	record Receipt(String id, Status status, Instant at, String detail) {
	}

	private final BlockingQueue<Receipt> receipts = new LinkedBlockingQueue<>();
	private LocalSmsc smsc;
	private SmppSmsGateway gateway;

	@BeforeEach
	void setUp() throws Exception {
		smsc = new LocalSmsc();
		gateway = gateway(LocalSmsc.PASSWORD, ZoneOffset.UTC);
	}

	@AfterEach
	void tearDown() throws Exception {
		gateway.close();
		smsc.close();
	}

	private SmppSmsGateway gateway(String password, ZoneId smscZone) {
		SmppSettings settings = new SmppSettings("127.0.0.1", smsc.port(), LocalSmsc.SYSTEM_ID, password, null, "CoTrain", null, null,
				Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(3), smscZone);
		return new SmppSmsGateway(settings, (id, status, at, detail) -> receipts.add(new Receipt(id, status, at, detail)),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void chineseTextOf120CharactersArrivesAsTwoConcatenatedUcs2Parts() throws Exception {
		smsc.start();
		String text = "培训提醒：明天上午九点在二楼会议室进行岗位协作实训，请带好学习手册并提前十分钟签到。".repeat(3).substring(0, 120);
		assertThat(text).hasSize(120);

		Attempt attempt = gateway.send(new SmsMessage(TO, text));

		List<SubmitSm> parts = take(2);
		assertThat(attempt.outcome()).isEqualTo(Outcome.SENT);
		for (int i = 0; i < 2; i++) {
			SubmitSm part = parts.get(i);
			assertThat(part.getDataCoding()).isEqualTo((byte) 0x08);
			assertThat(part.getEsmClass() & 0x40).isEqualTo(0x40);
			assertThat(part.getDestAddress()).isEqualTo("8613800000000");
			assertThat(part.getDestAddrTon()).isEqualTo((byte) 1);
			assertThat(part.getDestAddrNpi()).isEqualTo((byte) 1);
			assertThat(part.getSourceAddrTon()).isEqualTo((byte) 5);
			assertThat(part.getRegisteredDelivery() & 0x03).isEqualTo(1);
			byte[] udh = Arrays.copyOf(part.getShortMessage(), 6);
			assertThat(udh).startsWith(0x05, 0x00, 0x03);
			assertThat(udh[3]).isEqualTo(parts.get(0).getShortMessage()[3]);
			assertThat(udh[4]).isEqualTo((byte) 2);
			assertThat(udh[5]).isEqualTo((byte) (i + 1));
			assertThat(part.getShortMessage().length).isLessThanOrEqualTo(140);
		}
		assertThat(ucs2Body(parts.get(0)) + ucs2Body(parts.get(1))).isEqualTo(text);
		assertThat(attempt.providerMessageId()).isEqualTo(smsc.lastMessageId());
		assertThat(smsc.submits()).isEmpty();
	}

	@Test
	void eachLongMessageGetsAFreshReference() throws Exception {
		smsc.start();
		String text = "请于本周五前完成季度能力自评。".repeat(6);

		gateway.send(new SmsMessage(TO, text));
		byte first = take(2).get(0).getShortMessage()[3];
		gateway.send(new SmsMessage(TO, text));
		byte second = take(2).get(0).getShortMessage()[3];

		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void asciiTextOf160CharactersIsOnePartInTheDefaultAlphabet() throws Exception {
		smsc.start();
		String text = "Training reminder 0123456789 ".repeat(6).substring(0, 160);

		Attempt attempt = gateway.send(new SmsMessage(TO, text));

		SubmitSm part = take(1).get(0);
		assertThat(attempt.outcome()).isEqualTo(Outcome.SENT);
		assertThat(part.getDataCoding()).isZero();
		assertThat(part.getEsmClass() & 0x40).isZero();
		assertThat(Gsm7.decode(part.getShortMessage())).isEqualTo(text);
		assertThat(smsc.submits().poll(200, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void anEmojiAtTheSplitPointStaysWhole() throws Exception {
		smsc.start();
		String text = "签".repeat(66) + "👍" + "到".repeat(10);

		assertThat(gateway.send(new SmsMessage(TO, text)).outcome()).isEqualTo(Outcome.SENT);

		List<SubmitSm> parts = take(2);
		assertThat(ucs2Body(parts.get(0))).isEqualTo("签".repeat(66));
		assertThat(ucs2Body(parts.get(1))).isEqualTo("👍" + "到".repeat(10));
	}

	@Test
	void anSmscThatIsDownMeansRetryAndTheNextSendGoesOutOnceWhenItIsBack() throws Exception {
		String text = "系统维护通知：今晚 22:00 至 23:00 暂停服务，请提前保存数据，感谢理解与配合！".repeat(2);

		Attempt down = gateway.send(new SmsMessage(TO, text));
		assertThat(down.outcome()).isEqualTo(Outcome.RETRY);
		assertThat(down.detail()).contains("refused").doesNotContain(LocalSmsc.PASSWORD);

		smsc.start();
		Attempt up = gateway.send(new SmsMessage(TO, text));

		assertThat(up.outcome()).isEqualTo(Outcome.SENT);
		List<SubmitSm> parts = take(2);
		assertThat(parts).extracting(p -> p.getShortMessage()[5]).containsExactly((byte) 1, (byte) 2);
		assertThat(smsc.submits().poll(200, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void aDroppedSessionIsBoundAgainOnTheNextSend() throws Exception {
		smsc.start();
		assertThat(gateway.send(new SmsMessage(TO, "first")).outcome()).isEqualTo(Outcome.SENT);
		take(1);

		smsc.dropSessions();
		await().atMost(Duration.ofSeconds(10)).until(() -> !gateway.isBound());

		assertThat(gateway.send(new SmsMessage(TO, "second")).outcome()).isEqualTo(Outcome.SENT);
		assertThat(Gsm7.decode(take(1).get(0).getShortMessage())).isEqualTo("second");
	}

	@Test
	void aWrongPasswordFails() throws Exception {
		smsc.start();
		try (SmppSmsGateway wrong = gateway("wrong", ZoneOffset.UTC)) {
			Attempt attempt = wrong.send(new SmsMessage(TO, "hello"));

			assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(attempt.detail()).contains("ESME_RINVPASWD").doesNotContain("wrong");
		}
	}

	@Test
	void aBindRefusedForAnotherReasonIsRetried() throws Exception {
		smsc.start();
		smsc.refuseBinds(SmppStatus.ESME_RSYSERR);

		assertThat(gateway.send(new SmsMessage(TO, "hello")).outcome()).isEqualTo(Outcome.RETRY);
	}

	@Test
	void throttlingIsRetried() throws Exception {
		smsc.start();
		smsc.answerSubmits(SmppStatus.ESME_RTHROTTLED);

		Attempt attempt = gateway.send(new SmsMessage(TO, "hello"));

		assertThat(attempt.outcome()).isEqualTo(Outcome.RETRY);
		assertThat(attempt.detail()).contains("ESME_RTHROTTLED");
	}

	@Test
	void anInvalidDestinationFails() throws Exception {
		smsc.start();
		smsc.answerSubmits(SmppStatus.ESME_RINVDSTADR);

		Attempt attempt = gateway.send(new SmsMessage(TO, "hello"));

		assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(attempt.detail()).contains("ESME_RINVDSTADR");
	}

	@Test
	void aNumberThatIsNotE164FailsWithoutContactingTheSmsc() throws Exception {
		smsc.start();

		assertThat(gateway.send(new SmsMessage("13800000000", "hello")).outcome()).isEqualTo(Outcome.FAILED);
		assertThat(gateway.isBound()).isFalse();
	}

	@Test
	void aPartRefusedAfterEarlierPartsSaysThatTheRecipientMaySeeAFragment() throws Exception {
		smsc.start();
		smsc.answerSubmitsAfter(1, SmppStatus.ESME_RMSGQFUL);

		Attempt attempt = gateway.send(new SmsMessage(TO, "请于本周五前完成季度能力自评。".repeat(6)));

		assertThat(attempt.outcome()).isEqualTo(Outcome.RETRY);
		assertThat(attempt.detail()).contains("part 2 of 2", "parts 1-1 were accepted", "sends all parts again");
	}

	@Test
	void aDeliveryReceiptReachesTheCallbackWithIdStatusAndDoneDateInTheSmscZone() throws Exception {
		smsc.start();
		gateway.close();
		gateway = gateway(LocalSmsc.PASSWORD, ZoneId.of("Asia/Shanghai"));
		Attempt attempt = gateway.send(new SmsMessage(TO, "hello"));
		take(1);

		smsc.deliverReceipt("id:" + attempt.providerMessageId()
				+ " sub:001 dlvrd:001 submit date:2611271559 done date:2611271601 stat:DELIVRD err:000 text:hello");

		Receipt receipt = receipts.poll(5, TimeUnit.SECONDS);
		assertThat(receipt).isNotNull();
		assertThat(receipt.id()).isEqualTo(attempt.providerMessageId());
		assertThat(receipt.status()).isEqualTo(Status.DELIVERED);
		assertThat(receipt.at()).isEqualTo(Instant.parse("2026-11-27T08:01:00Z"));
		assertThat(receipt.detail()).isEqualTo("stat:DELIVRD err:000");
	}

	@Test
	void anUndeliverableReceiptIsMapped() throws Exception {
		smsc.start();
		gateway.send(new SmsMessage(TO, "hello"));
		take(1);

		smsc.deliverReceipt("id:abc sub:001 dlvrd:000 submit date:2611271559 done date:2611271601 stat:UNDELIV err:034 text:");

		Receipt receipt = receipts.poll(5, TimeUnit.SECONDS);
		assertThat(receipt).isNotNull();
		assertThat(receipt.id()).isEqualTo("abc");
		assertThat(receipt.status()).isEqualTo(Status.UNDELIVERABLE);
		assertThat(receipt.detail()).contains("err:034");
	}

	@Test
	void receiptTlvsWinOverTheText() throws Exception {
		smsc.start();
		gateway.send(new SmsMessage(TO, "hello"));
		take(1);

		smsc.deliverReceipt("id:0 stat:DELIVRD", new OptionalParameter.Receipted_message_id("1a2b"),
				new OptionalParameter.Message_state((byte) 5));

		Receipt receipt = receipts.poll(5, TimeUnit.SECONDS);
		assertThat(receipt).isNotNull();
		assertThat(receipt.id()).isEqualTo("1a2b");
		assertThat(receipt.status()).isEqualTo(Status.UNDELIVERABLE);
		assertThat(receipt.at()).isEqualTo(NOW);
	}

	private List<SubmitSm> take(int count) throws InterruptedException {
		List<SubmitSm> parts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			SubmitSm part = smsc.submits().poll(5, TimeUnit.SECONDS);
			assertThat(part).as("part %d of %d", i + 1, count).isNotNull();
			parts.add(part);
		}
		return parts;
	}

	private static String ucs2Body(SubmitSm part) {
		byte[] message = part.getShortMessage();
		return new String(message, 6, message.length - 6, StandardCharsets.UTF_16BE);
	}
}
