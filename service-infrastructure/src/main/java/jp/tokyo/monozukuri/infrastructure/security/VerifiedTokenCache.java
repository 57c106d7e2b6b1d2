package jp.tokyo.monozukuri.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A decoder that remembers the tokens it has verified: a portal sends the same bearer token with every request for
 * hours, and checking its RSA signature each time was 6 % of approval-service's CPU (docs/benchmarks.md).
 *
 * <p>A token is looked up by the SHA-256 of its whole text, signature included, so a token that differs in any byte
 * (a forged signature over the same claims) is a miss and goes to the wrapped decoder, which verifies signature and
 * claims (issuer, audience, time) as before. A hit is served only until the token's own expiry, checked on every
 * hit against the same system clock the decoder's validators use; a token without an expiry is never kept. At most
 * {@code maxEntries} tokens are kept, the least recently used leaving first.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Map<String, Jwt> verified;

    public VerifiedTokenCache(JwtDecoder delegate, int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        this.delegate = delegate;
        this.clock = clock;
        this.verified = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String key = sha256(token);
        Instant now = clock.instant();
        Jwt known;
        synchronized (verified) {
            known = verified.get(key);
            if (known != null && !now.isBefore(known.getExpiresAt())) {
                verified.remove(key);
                known = null;
            }
        }
        if (known != null && known.getTokenValue().equals(token)) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            synchronized (verified) {
                verified.put(key, jwt);
            }
        }
        return jwt;
    }

    /** Tokens kept now (expired ones leave on their next lookup or as the least recently used). */
    public int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
