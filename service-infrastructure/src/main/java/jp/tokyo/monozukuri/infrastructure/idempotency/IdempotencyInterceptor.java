package jp.tokyo.monozukuri.infrastructure.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Gives every {@link Idempotent} endpoint the draft's semantics: no key where one is required → 428; a new key →
 * the request executes and its answer is kept; the same key with the same body → the first answer again (header
 * {@value Idempotent#REPLAYED_HEADER}); the same key with another body → 422; while the first request with the key
 * runs → 409. Keys are per caller (the token's subject), method and path.
 *
 * <p>An answer that a retry may change — a 5xx, a 409 conflict, a 429 — is not kept: the key is freed and the retry
 * executes again.
 */
public class IdempotencyInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyInterceptor.class);
    private static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

    private final IdempotencyKeys keys;

    public IdempotencyInterceptor(IdempotencyKeys keys) {
        this.keys = keys;
    }

    private record Claim(IdempotencyKeys.Request request, String token) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Idempotent idempotent = handler instanceof HandlerMethod method
                ? method.getMethodAnnotation(Idempotent.class) : null;
        if (idempotent == null) {
            return true;
        }
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            if (idempotent.requireKey()) {
                throw new IdempotencyProblems.KeyRequired(request.getMethod(), request.getRequestURI());
            }
            return true;
        }
        if (!IdempotencyKeys.isValidKey(key)) {
            throw new IdempotencyProblems.KeyInvalid();
        }
        IdempotencyBodyFilter.BufferedBodyRequest buffered =
                WebUtils.getNativeRequest(request, IdempotencyBodyFilter.BufferedBodyRequest.class);
        if (buffered == null) {
            throw new IllegalStateException("the IdempotencyBodyFilter did not run before " + request.getRequestURI());
        }
        if (buffered.tooLarge()) {
            throw new IdempotencyProblems.BodyTooLarge();
        }
        IdempotencyKeys.Request keyed = new IdempotencyKeys.Request(key, subject(), request.getMethod(),
                pathOf(request), buffered.body());
        IdempotencyKeys.Outcome outcome = keys.claim(keyed);
        if (outcome instanceof IdempotencyKeys.Replay replay) {
            IdempotencyKeys.Answer answer = replay.answer();
            response.setStatus(answer.status());
            answer.headers().forEach(response::setHeader);
            response.setHeader(Idempotent.REPLAYED_HEADER, "true");
            response.getOutputStream().write(answer.body());
            return false;
        }
        request.setAttribute(CLAIM, new Claim(keyed, ((IdempotencyKeys.Execute) outcome).claimToken()));
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(request.getAttribute(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeAttribute(CLAIM);
        try {
            int status = response.getStatus();
            if (ex != null || status >= 500 || status == 409 || status == 429) {
                keys.release(claim.request(), claim.token());
                return;
            }
            ContentCachingResponseWrapper kept = WebUtils.getNativeResponse(response,
                    ContentCachingResponseWrapper.class);
            byte[] body = kept == null ? new byte[0] : kept.getContentAsByteArray();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : IdempotencyKeys.replayedHeaders()) {
                String value = name.equals("Content-Type") ? response.getContentType() : response.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            keys.complete(claim.request(), claim.token(), new IdempotencyKeys.Answer(status, headers, body));
        } catch (RuntimeException e) {
            // The answer goes out anyway; the key stays claimed until its lease ends, then a retry executes again.
            log.warn("could not record the answer to Idempotency-Key {} of {} {}: {}", claim.request().key(),
                    claim.request().method(), claim.request().path(), e.toString());
        }
    }

    private static String subject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String pathOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
