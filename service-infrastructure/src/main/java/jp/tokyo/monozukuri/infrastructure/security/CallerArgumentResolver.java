package jp.tokyo.monozukuri.infrastructure.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take a {@link Caller} parameter, built from the verified JWT. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    public static final String ROLES_CLAIM = "roles";
    public static final String MUNICIPALITY_CLAIM = "municipality_code";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new InsufficientAuthenticationException("a bearer token is required");
        }
        return fromJwt(jwt);
    }

    public static Caller fromJwt(Jwt jwt) {
        return new Caller(jwt.getSubject(), rolesOf(jwt), jwt.getClaimAsString(MUNICIPALITY_CLAIM));
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Object claim = jwt.getClaim(ROLES_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
