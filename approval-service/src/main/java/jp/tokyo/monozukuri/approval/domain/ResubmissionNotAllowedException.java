package jp.tokyo.monozukuri.approval.domain;

/**
 * A submitted revision cannot open a new review after the plan's latest one: only a newer revision of a
 * returned plan continues the chain.
 */
public class ResubmissionNotAllowedException extends RuntimeException {

    public ResubmissionNotAllowedException(String planId, int revision, Review previous) {
        super("plan " + planId + " revision " + revision + " cannot follow review " + previous.id() + " (revision "
                + previous.revision() + ", " + previous.status() + "): only a newer revision of a RETURNED plan "
                + "opens the next review");
    }
}
