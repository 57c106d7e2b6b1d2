package jp.tokyo.monozukuri.localstack.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;

/**
 * What a development token is issued for: {@code {"subject": "...", "roles": ["MUNICIPALITY"],
 * "municipalityCode": "131091"}}.
 *
 * @param municipalityCode the 全国地方公共団体コード of the caller's municipality; required with
 *                         {@link Role#MUNICIPALITY}, optional otherwise
 */
record TokenRequest(String subject, Set<Role> roles, Optional<String> municipalityCode) {

    private static final String KNOWN_ROLES =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

    TokenRequest {
        roles = Set.copyOf(roles);
    }

    /** Reads and checks a parsed JSON body, reporting every offending field at once. */
    static TokenRequest from(Map<String, Object> json) throws InvalidTokenRequestException {
        List<FieldError> errors = new ArrayList<>();
        String subject = subjectOf(json.get("subject"), errors);
        Set<Role> roles = rolesOf(json.get("roles"), errors);
        Optional<String> code = municipalityCodeOf(json.get("municipalityCode"), errors);
        if (roles.contains(Role.MUNICIPALITY) && code.isEmpty() && json.get("municipalityCode") == null) {
            errors.add(new FieldError("municipalityCode", "is required with role MUNICIPALITY"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidTokenRequestException(errors);
        }
        return new TokenRequest(subject, roles, code);
    }

    private static String subjectOf(Object value, List<FieldError> errors) {
        if (!(value instanceof String subject) || subject.isBlank()) {
            errors.add(new FieldError("subject", "is required: a non-empty string naming the caller"));
            return null;
        }
        return subject;
    }

    private static Set<Role> rolesOf(Object value, List<FieldError> errors) {
        if (!(value instanceof List<?> names) || names.isEmpty()) {
            errors.add(new FieldError("roles", "is required: a non-empty array of " + KNOWN_ROLES));
            return Set.of();
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<Role> role = roleNamed(names.get(i));
            if (role.isPresent()) {
                roles.add(role.get());
            } else {
                errors.add(new FieldError("roles[" + i + "]",
                        "unknown role " + names.get(i) + "; expected one of " + KNOWN_ROLES));
            }
        }
        return roles;
    }

    private static Optional<Role> roleNamed(Object name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }

    private static Optional<String> municipalityCodeOf(Object value, List<FieldError> errors) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String code) || !Municipalities.hasValidCheckDigit(code)) {
            errors.add(new FieldError("municipalityCode",
                    "must be a 6-digit 全国地方公共団体コード with a valid check digit, e.g. 131091 (品川区)"));
            return Optional.empty();
        }
        if (!Municipalities.isTokyo(code)) {
            errors.add(new FieldError("municipalityCode", code + " is not one of Tokyo's 62 municipalities"));
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
