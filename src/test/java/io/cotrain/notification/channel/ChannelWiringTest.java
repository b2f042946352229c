package io.cotrain.notification.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.cotrain.CoTrainTest;
import io.cotrain.notification.channel.mail.MailGateways;
import io.cotrain.notification.channel.robot.RobotGateways;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.MailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail servers and robots are tenant settings: the application has no global mail sender (Boot's mail
 * auto-configuration stays off without {@code spring.mail.host}), health does not depend on one, and the gateway
 * factories are there for the notification core.
 */
@CoTrainTest
class ChannelWiringTest {

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void thereIsNoGlobalMailSenderAndHealthIsUp() throws Exception {
		assertThat(context.getBeanNamesForType(MailSender.class)).isEmpty();
		assertThat(context.getBean(MailGateways.class)).isNotNull();
		assertThat(context.getBean(RobotGateways.class)).isNotNull();

		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
	}
}
