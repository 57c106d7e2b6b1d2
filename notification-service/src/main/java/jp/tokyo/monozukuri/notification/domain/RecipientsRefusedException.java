package jp.tokyo.monozukuri.notification.domain;

import java.util.List;

/** A standing list of recipients with addresses Tokyo did not approve for the municipality, or too many. */
public class RecipientsRefusedException extends RuntimeException {

    /** One reason, with the request field it is about ({@code addresses[2]}, {@code addresses}). */
    public record Refusal(String field, String reason) {
    }

    private final transient List<Refusal> refusals;

    public RecipientsRefusedException(List<Refusal> refusals) {
        super(refusals.size() + " recipient(s) refused: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
