package jp.tokyo.monozukuri.infrastructure.idempotency;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param retention how long a key and its first answer are kept: a retry within it is replayed, after it the key is
 *                  free again
 * @param lease     how long a request that claimed a key may run before the key counts as abandoned (its replica
 *                  crashed): a retry after the lease executes the request again instead of answering 409
 */
@Validated
@ConfigurationProperties("idempotency")
public record IdempotencyProperties(@NotNull Duration retention, @NotNull Duration lease) {
}
