package jp.tokyo.monozukuri.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of notification-service ({@code notification.*}).
 *
 * @param sender   who signs every notice (東京都産業労働局長)
 * @param mail     the envelope of the mails
 * @param dispatch how the scheduled sender works through PENDING notices
 * @param recipients which addresses Tokyo approves for each municipality's notices
 */
@Validated
@ConfigurationProperties("notification")
public record NotificationProperties(@NotBlank String sender, @Valid @NotNull Mail mail,
        @Valid @NotNull Dispatch dispatch, @Valid @NotNull Recipients recipients) {

    /**
     * @param officialDomains    whether each municipality's official domain ({@code recipient-domains.csv},
     *                           e.g. city.shinagawa.tokyo.jp) is approved
     * @param allowedDomains     per municipality code, more approved domains (with their subdomains) or single
     *                           addresses
     * @param maxPerMunicipality the longest standing list staff may set for one municipality
     */
    public record Recipients(boolean officialDomains, Map<String, List<String>> allowedDomains,
            @Min(1) @Max(50) int maxPerMunicipality) {

        public Recipients {
            allowedDomains = allowedDomains == null ? Map.of() : Map.copyOf(allowedDomains);
        }
    }

    /**
     * @param from     the From address, e.g. monozukuri-notice@sangyo-rodo.metro.tokyo.example
     * @param fromName its display name, e.g. 東京都産業労働局
     */
    public record Mail(@NotBlank String from, @NotBlank String fromName) {
    }

    /**
     * @param pollInterval     how often due notices are looked for
     * @param batchSize        notices sent over one SMTP connection (at most the rate limit per period)
     * @param lease            how long a replica holds the notices it claimed; longer than a batch takes
     * @param firstRetryDelay  wait after the first failed attempt; it doubles after each further one
     * @param maxRetryDelay    the longest wait between two attempts of a notice
     */
    public record Dispatch(@NotNull Duration pollInterval, @Min(1) @Max(500) int batchSize, @NotNull Duration lease,
            @NotNull Duration firstRetryDelay, @NotNull Duration maxRetryDelay) {
    }
}
