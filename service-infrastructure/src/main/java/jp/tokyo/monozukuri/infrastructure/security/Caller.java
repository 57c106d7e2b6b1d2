package jp.tokyo.monozukuri.infrastructure.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;

/**
 * Who is calling, from the verified JWT: subject, roles and, for municipal staff, their municipality. The
 * one place that decides "a municipality only touches its own data"; controllers take it as a parameter.
 */
public record Caller(String subject, Set<Role> roles, String municipalityCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** Tokyo staff (reviewer, approver or admin) see every municipality. */
    public boolean isTokyoStaff() {
        return hasAny(Role.REVIEWER, Role.APPROVER, Role.ADMIN);
    }

    /** True if the caller may see data of {@code code}: Tokyo staff always, a municipality only its own. */
    public boolean canSee(String code) {
        return isTokyoStaff() || (has(Role.MUNICIPALITY) && municipalityCode != null && municipalityCode.equals(code));
    }

    /**
     * For a resource of municipality {@code code}: returns normally if the caller may see it, else throws the
     * given not-found problem, so that another municipality cannot even learn that the resource exists.
     */
    public void requireVisible(String code, Supplier<? extends ApiProblem> notFound) {
        if (!canSee(code)) {
            throw notFound.get();
        }
    }

    /** True if the caller acts for exactly this municipality (to create or edit its data). */
    public boolean actsFor(String code) {
        return has(Role.MUNICIPALITY) && municipalityCode != null && municipalityCode.equals(code);
    }

    /**
     * The municipality a list query must be narrowed to: the caller's own for municipal staff (whatever
     * filter they asked for), the requested one (possibly none) for Tokyo staff.
     */
    public Optional<String> listScope(String requestedCode) {
        if (isTokyoStaff()) {
            return Optional.ofNullable(requestedCode).filter(s -> !s.isBlank());
        }
        return Optional.of(municipalityCode == null ? "" : municipalityCode);
    }

    /** Throws 403 unless the caller has one of the roles. */
    public void requireAnyRole(Role... candidates) {
        if (!hasAny(candidates)) {
            throw new Forbidden();
        }
    }

    /** 403: the caller's roles do not allow the action. */
    public static class Forbidden extends ApiProblem {
        public Forbidden() {
            super(403, "forbidden", "Forbidden", "your role does not allow this");
        }
    }
}
