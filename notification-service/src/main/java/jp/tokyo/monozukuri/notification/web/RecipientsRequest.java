package jp.tokyo.monozukuri.notification.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.text.SingleLine;

/** The complete list of a municipality's recipients (an empty list stops its notices). */
public record RecipientsRequest(@NotNull @Size(max = 50) List<@SingleLine String> addresses) {
}
