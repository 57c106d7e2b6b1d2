package jp.tokyo.monozukuri.leaky.application;

import jp.tokyo.monozukuri.leaky.web.ThingResponse;

/** Deliberately wrong: a use case returning an HTTP response record. */
public record ThingProperties(ThingResponse response) {
}
