package io.cotrain.notification.channel;

/**
 * Posts a message to a group chat through a custom robot's webhook (DingTalk, WeCom or Feishu), signed with the
 * robot's secret where one is configured. One instance per robot; thread-safe.
 */
public interface RobotGateway {

	/** Posts one message; never throws for provider or network problems. */
	Attempt send(RobotMessage message);

	/**
	 * @param title a short title (DingTalk markdown title; the first line elsewhere)
	 * @param text the body in markdown (DingTalk, WeCom) or plain text (Feishu)
	 */
	record RobotMessage(String title, String text) {
	}
}
