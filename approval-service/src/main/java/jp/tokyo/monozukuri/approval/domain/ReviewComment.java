package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * 内部コメント — an internal note of Tokyo's staff on a review, optionally about one measure (施策) of the plan.
 * Never shown to the municipality.
 *
 * @param number        1, 2, … in the order the comments were written
 * @param measureNumber the measure it is about, or null for the plan as a whole
 */
public record ReviewComment(int number, String author, OffsetDateTime at, String text, Integer measureNumber) {

    public ReviewComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a comment needs text");
        }
    }
}
