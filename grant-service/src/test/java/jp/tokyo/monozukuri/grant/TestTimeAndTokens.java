package jp.tokyo.monozukuri.grant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The test context's clock, and a decoder that trusts {@link TestTokens}. The decoder is needed because the shared
 * defaults name the local token issuer's JWKS URI, which Boot prefers over the public key test-support sets.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTimeAndTokens {

    @Bean
    TestClock clock() {
        return new TestClock();
    }

    /** Primary, so that it still wins should test-support come to declare a decoder of its own. */
    @Bean
    @Primary
    JwtDecoder testTokenDecoder() {
        try (InputStream pem = URI.create(TestTokens.publicKeyLocation()).toURL().openStream()) {
            RSAPublicKey key = RsaKeyConverters.x509().convert(pem);
            return NimbusJwtDecoder.withPublicKey(key).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
