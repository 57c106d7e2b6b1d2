package jp.tokyo.monozukuri.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kubernetes label-selector semantics, to tell which pods a Service, budget or policy really selects. */
final class Selectors {

    private Selectors() {
    }

    /** An absent or empty selector selects everything, as in a NetworkPolicy's podSelector. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> required = Objects.requireNonNullElse(selector.getMatchLabels(), Map.of());
        boolean labelsMatch = required.entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
        List<LabelSelectorRequirement> expressions =
                Objects.requireNonNullElse(selector.getMatchExpressions(), List.of());
        return labelsMatch && expressions.stream().allMatch(expression -> matches(expression, labels));
    }

    static boolean matches(Map<String, String> requiredLabels, Map<String, String> labels) {
        return requiredLabels.entrySet().stream().allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    }

    private static boolean matches(LabelSelectorRequirement expression, Map<String, String> labels) {
        String value = labels.get(expression.getKey());
        List<String> values = Objects.requireNonNullElse(expression.getValues(), List.of());
        return switch (expression.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("unknown selector operator " + expression.getOperator());
        };
    }
}
