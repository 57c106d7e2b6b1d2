package jp.tokyo.monozukuri.notification.domain;

/** A recipient address that is not a plain internet mailbox (user@host.domain). */
public class InvalidEmailAddressException extends RuntimeException {

    private final String address;

    public InvalidEmailAddressException(String address) {
        super("not an e-mail address: " + address);
        this.address = address;
    }

    public String address() {
        return address;
    }
}
