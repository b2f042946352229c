package io.cotrain.notification.channel.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.Attempt.Outcome;
import io.cotrain.notification.channel.MailGateway.MailMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpMailGatewayTest {

	private static final String PASSWORD = "s3cret-Passw0rd";

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("notices@cotrain.test", "notices", PASSWORD));

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

	private SmtpMailGateway gateway(int port, String password) {
		return new SmtpMailGateway(new MailSettings("127.0.0.1", port, password == null ? null : "notices", password, MailSettings.Security.NONE,
				"notices@cotrain.test", "协同培训中心", Duration.ofSeconds(5), Duration.ofSeconds(2),
				Duration.ofSeconds(5)), clock);
	}

	private static int smtpPort() {
		ServerSetup setup = greenMail.getSmtp().getServerSetup();
		return setup.getPort();
	}

	@Test
	void sendsChineseTextAndHtmlWithTheSenderNameAndReturnsTheMessageId() throws Exception {
		Attempt attempt = gateway(smtpPort(), PASSWORD).send(new MailMessage("zhang.wei@example.cn", "培训提醒：明天 9:00 岗前培训",
				"张伟，您好：明天 9:00 开始岗前培训。", "<p>张伟，您好：<b>明天 9:00</b> 开始岗前培训。</p>"));

		assertThat(attempt.outcome()).isEqualTo(Outcome.SENT);
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("培训提醒：明天 9:00 岗前培训");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("notices@cotrain.test");
		assertThat(from.getPersonal()).isEqualTo("协同培训中心");
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("zhang.wei@example.cn");
		assertThat(attempt.providerMessageId()).startsWith("<").endsWith("@cotrain.test>")
			.isEqualTo(mail.getHeader("Message-ID", null));
		assertThat(mail.getSentDate().toInstant()).isEqualTo(clock.instant());

		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		BodyPart text = parts.getBodyPart(0);
		BodyPart html = parts.getBodyPart(1);
		assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(text.getContent()).isEqualTo("张伟，您好：明天 9:00 开始岗前培训。");
		assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
		assertThat(html.getContent()).isEqualTo("<p>张伟，您好：<b>明天 9:00</b> 开始岗前培训。</p>");
	}

	@Test
	void sendsPlainTextAloneWhenThereIsNoHtml() throws Exception {
		Attempt attempt = gateway(smtpPort(), PASSWORD).send(new MailMessage("li.na@example.cn", "签到提醒", "请签到。", null));

		assertThat(attempt.outcome()).isEqualTo(Outcome.SENT);
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(mail.getContent()).isEqualTo("请签到。");
	}

	@Test
	void aRefusedPasswordFailsWithoutNamingIt() {
		Attempt attempt = gateway(smtpPort(), "wrong-" + PASSWORD).send(new MailMessage("li.na@example.cn", "s", "t", null));

		assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(attempt.detail()).contains("authentication").doesNotContain(PASSWORD);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void aServerThatIsDownIsRetried() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Attempt attempt = gateway(closedPort, PASSWORD).send(new MailMessage("li.na@example.cn", "s", "t", null));

		assertThat(attempt.outcome()).isEqualTo(Outcome.RETRY);
		assertThat(attempt.detail()).contains("ConnectException").doesNotContain(PASSWORD);
	}

	@Test
	void aSilentServerTimesOutAndIsRetried() throws IOException {
		try (ScriptedSmtpServer server = new ScriptedSmtpServer(null, null)) {
			Attempt attempt = gateway(server.port(), null).send(new MailMessage("li.na@example.cn", "s", "t", null));

			assertThat(attempt.outcome()).isEqualTo(Outcome.RETRY);
		}
	}

	@Test
	void aRecipientRefusedFor5xxFails() throws IOException {
		try (ScriptedSmtpServer server = new ScriptedSmtpServer("220 scripted", "550 5.1.1 no such user")) {
			Attempt attempt = gateway(server.port(), null).send(new MailMessage("nobody@example.cn", "s", "t", null));

			assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(attempt.detail()).contains("550");
		}
	}

	@Test
	void aTemporaryRefusalFor4xxIsRetried() throws IOException {
		try (ScriptedSmtpServer server = new ScriptedSmtpServer("220 scripted", "451 4.7.1 greylisted, try later")) {
			Attempt attempt = gateway(server.port(), null).send(new MailMessage("li.na@example.cn", "s", "t", null));

			assertThat(attempt.outcome()).isEqualTo(Outcome.RETRY);
			assertThat(attempt.detail()).contains("451");
		}
	}

	@Test
	void anInvalidRecipientAddressFailsWithoutConnecting() {
		Attempt attempt = gateway(smtpPort(), PASSWORD).send(new MailMessage("not an address", "s", "t", null));

		assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}
}
