package jp.tokyo.monozukuri.infrastructure.security;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;

/**
 * A token is accepted only from the configured issuer ({@code security.jwt.issuer}, claim {@code iss}) and only if it
 * was issued for this system ({@code security.jwt.audience}, one of the claim {@code aud}). Both are required: a
 * service without them refuses to start, so that no environment (Kubernetes, compose, the local stack) runs trusting
 * any token its key set happens to verify. Boot's JWT decoder adds this validator to its defaults (expiry).
 */
@AutoConfiguration
public class TokenClaimsValidation {

    public static final String ISSUER_PROPERTY = "security.jwt.issuer";
    public static final String AUDIENCE_PROPERTY = "security.jwt.audience";

    @Bean
    OAuth2TokenValidator<Jwt> issuerAndAudience(Environment environment) {
        String issuer = required(environment, ISSUER_PROPERTY, "the issuer (claim iss) of the tokens to accept");
        String audience = required(environment, AUDIENCE_PROPERTY, "the audience (claim aud) the tokens must name");
        return new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }

    private static String required(Environment environment, String property, String what) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " must be set: " + what
                    + " (environment variable " + property.toUpperCase().replace('.', '_') + ")");
        }
        return value.strip();
    }
}
