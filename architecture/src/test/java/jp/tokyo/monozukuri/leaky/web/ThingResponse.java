package jp.tokyo.monozukuri.leaky.web;

import jp.tokyo.monozukuri.leaky.persistence.StoredThing;

/** Deliberately wrong: a response built straight from a stored document. */
public record ThingResponse(StoredThing stored) {
}
