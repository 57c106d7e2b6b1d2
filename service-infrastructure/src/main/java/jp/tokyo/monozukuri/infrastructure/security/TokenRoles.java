package jp.tokyo.monozukuri.infrastructure.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What roles a token may carry. A token without any role gets nothing (not even lists scoped to a municipality); a
 * token may not be both a municipality's and Tokyo's (MUNICIPALITY with REVIEWER, APPROVER or ADMIN): whoever
 * drafts and submits a plan must never review or decide it; a MUNICIPALITY token names its municipality.
 */
public final class TokenRoles {

    private TokenRoles() {
    }

    /** Why this authentication may call nothing but the open endpoints, or empty if its roles are acceptable. */
    public static Optional<String> refusal(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return Optional.of("a bearer token is required");
        }
        Set<Role> roles = CallerArgumentResolver.rolesOf(jwt);
        if (roles.isEmpty()) {
            return Optional.of("the token carries no role of this system");
        }
        if (roles.contains(Role.MUNICIPALITY)
                && (roles.contains(Role.REVIEWER) || roles.contains(Role.APPROVER) || roles.contains(Role.ADMIN))) {
            return Optional.of("a token may not combine MUNICIPALITY with a Tokyo staff role (REVIEWER, APPROVER, ADMIN)");
        }
        String code = jwt.getClaimAsString(CallerArgumentResolver.MUNICIPALITY_CLAIM);
        if (roles.contains(Role.MUNICIPALITY) && (code == null || !code.matches("\\d{6}"))) {
            return Optional.of("a MUNICIPALITY token must name its six-digit municipality_code");
        }
        return Optional.empty();
    }
}
