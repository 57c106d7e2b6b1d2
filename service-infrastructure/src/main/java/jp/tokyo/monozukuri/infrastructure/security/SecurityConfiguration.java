package jp.tokyo.monozukuri.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.infrastructure.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every endpoint needs a valid RS256 JWT except health, API docs and the configured public GET paths.
 * 401 without or with a bad token, 403 for a wrong role, no role or a mix of roles ({@link TokenRoles}) — all as
 * problem details.
 */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            // served on the management port only (never the portals'), scraped inside the cluster
                            "/actuator/prometheus",
                            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                            .permitAll();
                    properties.publicGetPaths().forEach(path -> auth.requestMatchers(HttpMethod.GET, path).permitAll());
                    // a verified token is not enough: it must carry a role, and not a mix (TokenRoles)
                    auth.anyRequest().access((authentication, context) ->
                            new AuthorizationDecision(TokenRoles.refusal(authentication.get()).isEmpty()));
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter()))
                        .authenticationEntryPoint((request, response, e) -> write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                "a valid bearer token is required")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                "a valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) -> write(request, response, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", TokenRoles.refusal(
                                        SecurityContextHolder.getContext().getAuthentication())
                                        .orElse("your role does not allow this"))));
        return http.build();
    }

    /**
     * A URL the firewall refuses (a ";", an encoded "%" or line break in the path) is bad input like any other: a 400
     * problem, not the servlet container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> write(null, response, HttpStatus.BAD_REQUEST, "rejected-request",
                "Rejected request", "the URL contains characters that are not allowed");
    }

    static JwtAuthenticationConverter rolesConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = CallerArgumentResolver.rolesOf(jwt).stream()
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                    .collect(Collectors.toList());
            return authorities;
        });
        return converter;
    }

    /** @param request null where the URL itself was refused: it is not echoed back */
    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String slug, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(ProblemWriter.json(status.value(), slug, title, detail,
                request == null ? null : request.getRequestURI()));
    }
}
