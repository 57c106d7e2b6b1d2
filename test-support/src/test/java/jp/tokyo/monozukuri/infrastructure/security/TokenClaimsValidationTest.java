package jp.tokyo.monozukuri.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;

/** A service without the issuer and audience of its tokens does not start. */
class TokenClaimsValidationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TokenClaimsValidation.class));

    @Test
    void withoutIssuerOrAudienceTheServiceRefusesToStart() {
        context.run(started -> assertThat(started).hasFailed()
                .getFailure().rootCause().hasMessageContaining("security.jwt.issuer must be set"));
        context.withPropertyValues("security.jwt.issuer=https://idp.example")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("security.jwt.audience must be set"));
    }

    @Test
    void withBothItValidatesTokens() {
        context.withPropertyValues("security.jwt.issuer=https://idp.example", "security.jwt.audience=grants")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(OAuth2TokenValidator.class));
    }
}
