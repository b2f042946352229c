package io.cotrain.notification;

/** The ways a notice reaches a person. */
public enum Channel {
	/** The inbox in the application (immediate, also in quiet hours). */
	IN_APP,
	/** A text message to the recipient's phone (SMPP or an HTTP gateway). */
	SMS,
	/** An e-mail (HTML and plain text). */
	MAIL,
	/** A group robot (DingTalk, WeCom or Feishu custom robot webhook). */
	ROBOT
}
