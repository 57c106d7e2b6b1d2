package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;

/** An approval round is published once; its announcement cannot be made again. */
public class RoundAlreadyPublishedException extends RuntimeException {

    public RoundAlreadyPublishedException(String roundId, OffsetDateTime publishedAt) {
        super("approval round " + roundId + " was already published at " + publishedAt);
    }
}
