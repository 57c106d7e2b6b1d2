package jp.tokyo.monozukuri.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import jp.tokyo.monozukuri.approval.domain.AnnouncementIssuer;
import jp.tokyo.monozukuri.approval.domain.AnnouncementWindow;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The program parameters of approval-service, in one place.
 *
 * @param documentNumberPrefix   the issuing section's part of a document number: 産労商地 gives 25産労商地第1号
 * @param announcement           who announces approval rounds and whom the press calls
 * @param decisionCompletionAfter    how long a decision may wait for its document number before the background
 *                                   completion finishes it (after a crash between the two halves of a decision)
 * @param decisionCompletionInterval how often the background completion looks for such decisions
 */
@Validated
@ConfigurationProperties("approval")
public record ApprovalProperties(
        @NotBlank String documentNumberPrefix,
        @NotNull @Valid Announcement announcement,
        @NotNull Duration decisionCompletionAfter,
        @NotNull Duration decisionCompletionInterval) {

    /**
     * 産業労働局 / 商工部地域産業振興課 / 03-5320-4748 by default (the release of 2014-03-13).
     *
     * @param maxLead how far ahead of today a round may be announced (P1Y)
     */
    public record Announcement(@NotBlank String bureau, @NotBlank String section, @NotBlank String contactPhone,
            @NotNull Period maxLead) {

        public AnnouncementIssuer issuer() {
            return new AnnouncementIssuer(bureau, section, contactPhone);
        }

        public AnnouncementWindow window() {
            return new AnnouncementWindow(maxLead);
        }
    }
}
