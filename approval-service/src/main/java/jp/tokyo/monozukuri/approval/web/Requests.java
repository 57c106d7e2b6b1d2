package jp.tokyo.monozukuri.approval.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.validation.PlausibleDate;
import jp.tokyo.monozukuri.infrastructure.text.MultiLine;
import jp.tokyo.monozukuri.infrastructure.text.SingleLine;

/** Request bodies of the approval API. */
final class Requests {

    private Requests() {
    }

    /** An internal comment, optionally about measure {@code measureNumber} (施策番号) of the plan. */
    record CommentRequest(@NotBlank @MultiLine @Size(max = 4000) String text, @Positive Integer measureNumber) {
    }

    /** The reasons of a return or a rejection, as the municipality will read them. */
    record ReasonsRequest(@NotEmpty @Size(max = 30) List<@NotBlank @MultiLine @Size(max = 2000) String> reasons) {
    }

    /** 担当替え: the reviewer (the subject of their token) who takes the review over. */
    record ReassignRequest(
            @NotBlank @SingleLine @Size(max = 200) @jakarta.validation.constraints.Pattern(regexp = "\\S+")
            String reviewer) {
    }

    /** An optional internal note with the recommendation. */
    record RecommendRequest(@MultiLine @Size(max = 4000) String note) {
    }

    /** A round: the announcement date and the approved reviews in the order the announcement lists them. */
    record ComposeRoundRequest(@NotNull @PlausibleDate(happened = false) LocalDate announcementDate,
            @NotEmpty @Size(max = 100) List<@NotBlank @SingleLine String> reviewIds) {
    }
}
