package io.cotrain.notification.channel;

import java.util.UUID;

/**
 * One rendered message for one channel and recipient.
 *
 * @param deliveryId the delivery it belongs to (idempotency key for providers that take one)
 * @param subject the subject (mail, robot title, inbox heading)
 * @param body the text, parameters filled in
 * @param link the application path the notice is about, or null
 */
public record Message(UUID deliveryId, UUID noticeId, Addressee to, String subject, String body, String link) {
}
