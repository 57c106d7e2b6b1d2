package jp.tokyo.monozukuri.notification.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.text.SingleLine;

/**
 * The complete standing list of a municipality's recipients (an empty list stops the notices that go to it; a
 * plan's contact may still receive its own plan's). Every address must be one Tokyo approved for the municipality.
 *
 * @param blocked addresses no plan contact may receive at, replacing those blocked so far; left out, they stay
 *                (an address removed from {@code addresses} is blocked in any case)
 */
public record RecipientsRequest(@NotNull @Size(max = 50) List<@SingleLine String> addresses,
        @Size(max = 200) List<@SingleLine String> blocked) {
}
