package jp.tokyo.monozukuri.plan.domain;

/**
 * An approval event names a revision this plan never submitted. No order of delivery explains it, so the
 * event is not applied and goes to the dead-letter topic for a person to look at.
 */
public class UnknownRevisionException extends RuntimeException {

    public UnknownRevisionException(String planId, int revision, int latestRevision) {
        super("plan " + planId + " has no revision " + revision + "; its latest revision is " + latestRevision);
    }
}
