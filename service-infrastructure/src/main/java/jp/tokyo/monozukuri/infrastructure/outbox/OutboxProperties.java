package jp.tokyo.monozukuri.infrastructure.outbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the relay looks for pending events and where it sends them.
 *
 * @param collections the Mongo collections whose documents carry an {@code outbox} array
 * @param binding     the Spring Cloud Stream output binding (its destination is the service's topic)
 * @param pollInterval how often the relay looks for pending events
 * @param lease       how long one replica holds a document while publishing its events
 * @param batchSize   documents claimed per pass and collection
 */
@Validated
@ConfigurationProperties("outbox")
public record OutboxProperties(
        List<String> collections,
        @NotBlank String binding,
        @NotNull Duration pollInterval,
        @NotNull Duration lease,
        @Positive int batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }
}
