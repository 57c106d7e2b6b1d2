package jp.tokyo.monozukuri.notification.domain;

import java.util.Objects;

/**
 * Why one attempt to hand a notice to the mail relay did not succeed.
 *
 * @param error     what the relay or the connection said, kept as the notice's last error
 * @param permanent true when trying again cannot help (the relay rejected the address or the message); false when
 *                  the relay could not be reached or answered "try later", so the notice stays PENDING
 */
public record DeliveryFailure(String error, boolean permanent) {

    private static final int MAX_ERROR_LENGTH = 1000;

    public DeliveryFailure {
        Objects.requireNonNull(error, "error");
        if (error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH);
        }
    }

    public static DeliveryFailure temporary(String error) {
        return new DeliveryFailure(error, false);
    }

    public static DeliveryFailure permanent(String error) {
        return new DeliveryFailure(error, true);
    }
}
