package jp.tokyo.monozukuri.notification.mail;

import jp.tokyo.monozukuri.notification.domain.DeliveryFailure;
import jp.tokyo.monozukuri.notification.domain.Notice;

/** Hears the outcome of each notice the moment the relay gives it, so it is recorded before the next is sent. */
public interface DeliveryListener {

    /** The relay accepted the message. */
    void accepted(Notice notice);

    /** The relay refused this one message (an unknown mailbox, a full one); the others are unaffected. */
    void refused(Notice notice, DeliveryFailure failure);
}
