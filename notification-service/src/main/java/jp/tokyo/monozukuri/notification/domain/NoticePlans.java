package jp.tokyo.monozukuri.notification.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.notification.domain.letter.LetterContent;

/**
 * Which plan a notice is about — what decides whether that plan's contact receives it. The contracts name it
 * {@code planId} in every payload about one plan (plan, review and grant events); {@code plan.submitted} carries it
 * in its revision; a letter of an approval round names its plan itself. An event about no one plan has none: its
 * notices go to the standing list only.
 */
public final class NoticePlans {

    private NoticePlans() {
    }

    public static Optional<String> planOf(LetterContent content, EventEnvelope<?> event) {
        if (content.planId() != null) {
            return Optional.of(content.planId());
        }
        return planOf(event.payload());
    }

    static Optional<String> planOf(Object payload) {
        if (payload instanceof PlanSubmitted submitted) {
            return Optional.ofNullable(submitted.plan()).map(plan -> plan.planId());
        }
        if (payload == null || !payload.getClass().isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(payload.getClass().getRecordComponents())
                .filter(c -> c.getName().equals("planId") && c.getType() == String.class).findFirst()
                .map(c -> read(c, payload));
    }

    private static String read(RecordComponent component, Object payload) {
        try {
            return (String) component.getAccessor().invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read planId of " + payload.getClass().getSimpleName(), e);
        }
    }
}
