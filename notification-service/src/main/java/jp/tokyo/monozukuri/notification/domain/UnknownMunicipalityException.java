package jp.tokyo.monozukuri.notification.domain;

/** A municipality code that is not one of Tokyo's 62 (malformed, wrong check digit, or outside Tokyo). */
public class UnknownMunicipalityException extends RuntimeException {

    private final String code;

    public UnknownMunicipalityException(String code) {
        super("not a Tokyo municipality code: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
