package jp.tokyo.monozukuri.notification.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address of a recipient, trimmed and lower-cased so that one mailbox is one recipient (the unique
 * notice per event and recipient depends on it).
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\"<>(),;:\\\\\\[\\]]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidEmailAddressException(value);
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
