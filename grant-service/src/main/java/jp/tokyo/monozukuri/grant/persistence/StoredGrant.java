package jp.tokyo.monozukuri.grant.persistence;

import jp.tokyo.monozukuri.grant.domain.Grant;

/** A grant as loaded, with the correlation id its events carry. */
public record StoredGrant(Grant grant, String correlationId) {
}
