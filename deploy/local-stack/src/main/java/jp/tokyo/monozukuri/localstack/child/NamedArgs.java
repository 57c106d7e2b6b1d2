package jp.tokyo.monozukuri.localstack.child;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --name value} arguments the launcher passes to an infrastructure process. Named rather than
 * positional so that {@code ps} shows what each process serves.
 */
public final class NamedArgs {

    private final Map<String, String> values;

    private NamedArgs(Map<String, String> values) {
        this.values = values;
    }

    public static NamedArgs parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.put(arg.substring(2), args[++i]);
        }
        return new NamedArgs(values);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing argument --" + name);
        }
        return value;
    }

    public String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int port(String name) {
        String value = required(name);
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--" + name + " must be a TCP port, got " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a TCP port, got " + value, e);
        }
    }

    public Path path(String name) {
        return Path.of(required(name)).toAbsolutePath();
    }
}
