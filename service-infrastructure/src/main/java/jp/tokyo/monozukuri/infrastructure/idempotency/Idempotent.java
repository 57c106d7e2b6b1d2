package jp.tokyo.monozukuri.infrastructure.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that creates money or a document: it accepts an {@code Idempotency-Key} header, and a
 * retry under the same key gets the first answer again instead of a second payment, decision or notice (the IETF
 * httpapi Idempotency-Key draft; {@link IdempotencyInterceptor} does the work).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /** Set on a replayed answer, so a client can tell a replay from a first execution. */
    String REPLAYED_HEADER = "Idempotent-Replayed";

    /** True where a request without the header is refused with 428 (payments and refunds). */
    boolean requireKey() default false;
}
