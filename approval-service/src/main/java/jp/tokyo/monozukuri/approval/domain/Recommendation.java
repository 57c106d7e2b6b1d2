package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;

/**
 * The reviewer's recommendation to approve; its author may not decide the review (four eyes).
 *
 * @param note optional, internal like comments
 */
public record Recommendation(String recommendedBy, OffsetDateTime recommendedAt, String note) {
}
