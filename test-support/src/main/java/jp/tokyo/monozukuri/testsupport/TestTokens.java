package jp.tokyo.monozukuri.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.security.Role;

/**
 * Signs RS256 bearer tokens the way the token issuer does, with a key made for this JVM; services under
 * {@link RealInfrastructure} trust its public key. Sample callers use the real program's municipalities.
 */
public final class TestTokens {

    public static final String SHINAGAWA = "131091";
    public static final String EDOGAWA = "131237";
    public static final String HACHIOJI = "132012";
    public static final String MITAKA = "132047";

    /** The claims {@code iss} and {@code aud} every service under {@link RealInfrastructure} requires. */
    public static final String ISSUER = "test-token-issuer";
    public static final String AUDIENCE = "monozukuri-grants";

    private static final KeyPair KEYS = newKeyPair();
    private static final KeyPair STRANGER = newKeyPair();
    private static volatile String publicKeyLocation;

    private TestTokens() {
    }

    /** A municipality's staff member. */
    public static String municipality(String municipalityCode) {
        return bearer(sign(KEYS, "staff-" + municipalityCode, municipalityCode, Duration.ofHours(1), Role.MUNICIPALITY));
    }

    public static String reviewer(String subject) {
        return bearer(sign(KEYS, subject, null, Duration.ofHours(1), Role.REVIEWER));
    }

    public static String approver(String subject) {
        return bearer(sign(KEYS, subject, null, Duration.ofHours(1), Role.APPROVER));
    }

    public static String admin() {
        return bearer(sign(KEYS, "tokyo-admin", null, Duration.ofHours(1), Role.ADMIN));
    }

    public static String of(String subject, String municipalityCode, Role... roles) {
        return bearer(sign(KEYS, subject, municipalityCode, Duration.ofHours(1), roles));
    }

    /** Trusted signature and claims, but no role at all. */
    public static String withoutRoles(String municipalityCode) {
        return of("no-role", municipalityCode);
    }

    /** Trusted key, meant for another system ({@code aud}). */
    public static String forAudience(String audience) {
        return bearer(sign(KEYS, ISSUER, audience, "tokyo-admin", null, Duration.ofHours(1), Role.ADMIN));
    }

    /** Trusted key, but from an issuer the services do not accept ({@code iss}). */
    public static String fromIssuer(String issuer) {
        return bearer(sign(KEYS, issuer, AUDIENCE, "tokyo-admin", null, Duration.ofHours(1), Role.ADMIN));
    }

    /** Well-formed, but signed by a key nobody trusts. */
    public static String signedByStranger() {
        return bearer(sign(STRANGER, "intruder", null, Duration.ofHours(1), Role.ADMIN));
    }

    public static String expired() {
        return bearer(sign(KEYS, "late", null, Duration.ofHours(-1), Role.ADMIN));
    }

    /** {@code file:} location of the trusted public key (PEM), for Boot's resource-server property. */
    public static String publicKeyLocation() {
        if (publicKeyLocation == null) {
            synchronized (TestTokens.class) {
                if (publicKeyLocation == null) {
                    try {
                        Path pem = Files.createTempFile("test-jwt", ".pub");
                        pem.toFile().deleteOnExit();
                        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(KEYS.getPublic().getEncoded());
                        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
                        publicKeyLocation = pem.toUri().toString();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return publicKeyLocation;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String sign(KeyPair keys, String subject, String municipalityCode, Duration validFor, Role... roles) {
        return sign(keys, ISSUER, AUDIENCE, subject, municipalityCode, validFor, roles);
    }

    private static String sign(KeyPair keys, String issuer, String audience, String subject, String municipalityCode,
            Duration validFor, Role... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject)
                .issueTime(Date.from(now.minusSeconds(120)))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("roles", List.copyOf(Arrays.stream(roles).map(Role::name).toList()));
        if (municipalityCode != null) {
            claims.claim("municipality_code", municipalityCode);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
