package io.cotrain.notification.channel.robot;

import java.time.Clock;
import java.util.List;

import io.cotrain.notification.channel.robot.RobotSettings.Kind;

import io.cotrain.shared.RuleViolationException.Violation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The URL rule against server-side request forgery, and the other settings problems. */
class RobotSettingsTest {

	private static RobotGateways gateways(List<String> allowedHosts) {
		return new RobotGateways(new RobotProperties(allowedHosts, null, null), JsonMapper.builder().build(),
				Clock.systemUTC());
	}

	private final RobotGateways productionRule = gateways(List.of());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			DINGTALK | https://oapi.dingtalk.com/robot/send?access_token=abc            |
			DINGTALK | https://OAPI.DingTalk.com:443/robot/send?access_token=abc        |
			WECOM    | https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc         |
			FEISHU   | https://open.feishu.cn/open-apis/bot/v2/hook/abc                 |
			FEISHU   | https://open.larksuite.com/open-apis/bot/v2/hook/abc             |
			DINGTALK | http://oapi.dingtalk.com/robot/send?access_token=abc             | notification.robot.httpsRequired
			FEISHU   | ftp://open.feishu.cn/hook                                        | notification.robot.httpsRequired
			DINGTALK | https://evil.example.com/robot/send                              | notification.robot.hostNotAllowed
			DINGTALK | https://oapi.dingtalk.com.evil.example.com/robot/send            | notification.robot.hostNotAllowed
			DINGTALK | https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc         | notification.robot.hostNotAllowed
			DINGTALK | https://oapi.dingtalk.com:8443/robot/send                        | notification.robot.hostNotAllowed
			FEISHU   | https://127.0.0.1/open-apis/bot/v2/hook/abc                      | notification.robot.hostNotAllowed
			FEISHU   | https://169.254.169.254/latest/meta-data                         | notification.robot.hostNotAllowed
			DINGTALK | https://oapi.dingtalk.com@evil.example.com/robot/send            | notification.robot.urlInvalid
			DINGTALK | https://oapi.dingtalk.com/robot/send#x                           | notification.robot.urlInvalid
			DINGTALK | not a url                                                        | notification.robot.urlInvalid
			DINGTALK | /robot/send                                                      | notification.robot.urlInvalid
			""")
	void onlyTheProvidersOwnHttpsEndpointIsAllowed(Kind kind, String url, String problem) {
		assertThat(productionRule.problems(new RobotSettings(kind, url, null))).extracting(Violation::code)
			.isEqualTo(problem == null ? List.of() : List.of(problem));
	}

	@Test
	void theOverrideListAllowsLocalHostsOverHttp() {
		RobotGateways local = gateways(List.of("127.0.0.1", "localhost"));

		assertThat(local.problems(new RobotSettings(Kind.DINGTALK, "http://127.0.0.1:8089/robot/send", null))).extracting(Violation::code).isEmpty();
		assertThat(local.problems(new RobotSettings(Kind.FEISHU, "http://LOCALHOST:9000/hook", null))).extracting(Violation::code).isEmpty();
		assertThat(local.problems(new RobotSettings(Kind.FEISHU, "http://10.0.0.1/hook", null))).extracting(Violation::code)
			.containsExactly("notification.robot.httpsRequired");
		assertThat(productionRule.problems(new RobotSettings(Kind.DINGTALK, "http://127.0.0.1:8089/robot/send", null))).extracting(Violation::code)
			.containsExactly("notification.robot.httpsRequired");
	}

	@Test
	void missingPartsAndAWeComSecretAreProblems() {
		assertThat(productionRule.problems(new RobotSettings(null, " ", null))).extracting(Violation::code)
			.containsExactly("notification.robot.kindRequired", "notification.robot.urlRequired");
		assertThat(productionRule.problems(new RobotSettings(Kind.WECOM,
				"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", "secret"))).extracting(Violation::code)
			.containsExactly("notification.robot.secretUnsupported");
	}

	@Test
	void aGatewayIsBuiltOnlyFromValidSettingsWhoseTextHidesTheSecretAndToken() {
		RobotSettings foreign = new RobotSettings(Kind.DINGTALK, "https://evil.example.com/x?access_token=tok", "SECxyz");

		assertThatThrownBy(() -> productionRule.create(foreign)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("notification.robot.hostNotAllowed")
			.hasMessageNotContaining("SECxyz");
		assertThat(foreign.toString()).doesNotContain("SECxyz").doesNotContain("tok");
		assertThat(productionRule.create(new RobotSettings(Kind.FEISHU,
				"https://open.feishu.cn/open-apis/bot/v2/hook/abc", "s"))).isInstanceOf(WebhookRobotGateway.class);
	}
}
