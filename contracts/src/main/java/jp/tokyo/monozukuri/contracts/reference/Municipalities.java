package jp.tokyo.monozukuri.contracts.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tokyo's 62 municipalities, the only ones that take part in the program, read from
 * {@code reference/tokyo-municipalities.csv}, and the check-digit rule of the 全国地方公共団体コード.
 */
public final class Municipalities {

    private static final Map<String, Municipality> TOKYO = load();

    private Municipalities() {
    }

    public static List<Municipality> tokyo() {
        return List.copyOf(TOKYO.values());
    }

    public static Optional<Municipality> byCode(String code) {
        return Optional.ofNullable(code).map(TOKYO::get);
    }

    /** True for a code of Tokyo's list (which implies a well-formed code with a correct check digit). */
    public static boolean isTokyo(String code) {
        return byCode(code).isPresent();
    }

    /**
     * True when {@code code} is six digits whose last is the check digit: weights 6,5,4,3,2 on the first
     * five digits, S their weighted sum, check = (11 − S mod 11) mod 10.
     */
    public static boolean hasValidCheckDigit(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (code.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10 == code.charAt(5) - '0';
    }

    private static Map<String, Municipality> load() {
        InputStream in = Municipalities.class.getResourceAsStream("/reference/tokyo-municipalities.csv");
        if (in == null) {
            throw new IllegalStateException("reference/tokyo-municipalities.csv is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Municipality> byCode = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                Municipality m = new Municipality(f[0], f[1], Municipality.Kind.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3]);
                if (!hasValidCheckDigit(m.code())) {
                    throw new IllegalStateException("bad check digit in reference list: " + m.code());
                }
                byCode.put(m.code(), m);
            }
            return Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
