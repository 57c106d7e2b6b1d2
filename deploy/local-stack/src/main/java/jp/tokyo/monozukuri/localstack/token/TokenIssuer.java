package jp.tokyo.monozukuri.localstack.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Signs development access tokens (RS256) with the claims the services read. */
final class TokenIssuer {

    static final Duration LIFETIME = Duration.ofHours(8);

    private final RSAKey key;
    private final String issuer;
    private final Clock clock;

    TokenIssuer(RSAKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    String issue(TokenRequest request) throws JOSEException {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(TokenIssuerMain.AUDIENCE)
                .subject(request.subject())
                .claim("roles", request.roles().stream().map(Role::name).sorted().toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
        request.municipalityCode().ifPresent(code -> claims.claim("municipality_code", code));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The public half only, as served on {@code /.well-known/jwks.json}. */
    JWKSet publicKeys() {
        return new JWKSet(List.of(key.toPublicJWK()));
    }
}
