package jp.tokyo.monozukuri.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class VerifiedTokenCacheTest {

    private static final KeyPair ISSUER = keyPair();
    private static final KeyPair FORGER = keyPair();
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifying = verifyingDecoder();

    @Test
    void aVerifiedTokenIsServedFromTheCacheUntilItExpires() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifying, 100, clock);
        String token = sign(ISSUER, "shinagawa-officer", NOW.plusSeconds(3600));

        Jwt first = cache.decode(token);
        clock.set(NOW.plusSeconds(3599));
        Jwt second = cache.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("shinagawa-officer");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aForgedTokenWithTheSameClaimsIsNotAcceptedFromTheCache() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifying, 100, clock);
        Instant expiry = NOW.plusSeconds(3600);
        String genuine = sign(ISSUER, "reviewer-1", expiry);
        cache.decode(genuine);
        String forged = sign(FORGER, "reviewer-1", expiry);
        int middle = genuine.lastIndexOf('.') + 20;
        String tampered = genuine.substring(0, middle) + (genuine.charAt(middle) == 'A' ? 'B' : 'A')
                + genuine.substring(middle + 1);

        assertThat(forged).startsWith(genuine.substring(0, genuine.lastIndexOf('.')));
        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void anExpiredTokenIsRefusedOnAHit() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifying, 100, clock);
        String token = sign(ISSUER, "approver-1", NOW.plusSeconds(60));
        cache.decode(token);

        clock.set(NOW.plusSeconds(61));

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(cache.size()).isZero();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void atMostTheConfiguredNumberOfTokensIsKeptTheLeastRecentlyUsedLeavingFirst() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifying, 2, clock);
        String a = sign(ISSUER, "a", NOW.plusSeconds(600));
        String b = sign(ISSUER, "b", NOW.plusSeconds(600));
        String c = sign(ISSUER, "c", NOW.plusSeconds(600));
        cache.decode(a);
        cache.decode(b);
        cache.decode(a);
        cache.decode(c);

        assertThat(cache.size()).isEqualTo(2);
        cache.decode(a);
        assertThat(verifications).as("a stayed, b left").hasValue(3);
        cache.decode(b);
        assertThat(verifications).hasValue(4);
    }

    @Test
    void aTokenWithoutAnExpiryIsNeverKept() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifying, 100, clock);
        String token = sign(ISSUER, "no-expiry", null);

        cache.decode(token);
        cache.decode(token);

        assertThat(cache.size()).isZero();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void theServicesDecoderIsWrappedUnlessTurnedOff() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(VerifiedTokenCacheConfiguration.class))
                .withBean(JwtDecoder.class, this::verifyingDecoder);

        runner.run(context -> assertThat(context.getBean(JwtDecoder.class)).isInstanceOf(VerifiedTokenCache.class));
        runner.withPropertyValues("security.token-cache.max-entries=0")
                .run(context -> assertThat(context.getBean(JwtDecoder.class)).isNotInstanceOf(VerifiedTokenCache.class));
    }

    /** The real decoder, its expiry check (no clock skew) on the test's clock; counts the tokens it verifies. */
    private JwtDecoder verifyingDecoder() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        nimbus.setJwtValidator(timestamps);
        return token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private static String sign(KeyPair keys, String subject, Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("test-token-issuer").subject(subject)
                .issueTime(Date.from(NOW.minusSeconds(10))).claim("roles", List.of("REVIEWER"));
        if (expiry != null) {
            claims.expirationTime(Date.from(expiry));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
