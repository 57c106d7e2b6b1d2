package jp.tokyo.monozukuri.plan.application;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The versions a client says it is changing, from an {@code If-Match} header (RFC 9110 §13.1.1). Plan ETags
 * are strong: {@code "7"} is version 7. A weak or unknown tag never matches; {@code *} matches any version.
 */
public record IfMatch(boolean any, Set<Long> versions) {

    public IfMatch {
        versions = Set.copyOf(versions);
    }

    public static IfMatch parse(String header) {
        String trimmed = header.trim();
        if (trimmed.equals("*")) {
            return new IfMatch(true, Set.of());
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (String tag : trimmed.split(",")) {
            String t = tag.trim();
            if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
                try {
                    versions.add(Long.parseLong(t.substring(1, t.length() - 1)));
                } catch (NumberFormatException notOurs) {
                    // a tag this service never issued: it cannot match
                }
            }
        }
        return new IfMatch(false, versions);
    }

    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    public boolean matches(long version) {
        return any || versions.contains(version);
    }
}
