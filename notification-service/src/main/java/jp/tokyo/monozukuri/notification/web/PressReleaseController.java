package jp.tokyo.monozukuri.notification.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.CallerArgumentResolver;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.infrastructure.web.PageResponse;
import jp.tokyo.monozukuri.infrastructure.web.Paging;
import jp.tokyo.monozukuri.notification.application.PressReleases;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressRelease;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 報道発表資料 — published press releases, open to anyone without a token
 * ({@code security.public-get-paths}) from their announcement date in Tokyo; before it, a release is under embargo:
 * "not found" to anyone but Tokyo's staff, who see it listed with {@code embargoed: true}. One release is a page
 * ({@code Accept: text/html}, also the default) or plain text ({@code Accept: text/plain}); anything else is 406.
 */
@RestController
@RequestMapping("/api/press-releases")
class PressReleaseController {

    static final String HTML_UTF8 = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
    static final String TEXT_UTF8 = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8";

    private final PressReleases pressReleases;

    PressReleaseController(PressReleases pressReleases) {
        this.pressReleases = pressReleases;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<PressReleaseResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @AuthenticationPrincipal Jwt token) {
        Paging.requireCountable(page, size);
        PressReleases.Page result = pressReleases.list(page, size, isTokyoStaff(token));
        return PageResponse.of(result.releases().stream()
                .map(release -> PressReleaseResponse.of(release, pressReleases.isEmbargoed(release))).toList(),
                page, size, result.total());
    }

    /** The page, or the plain text when the caller prefers {@code text/plain}; "anything" gets the page. */
    @GetMapping(value = "/{id}", produces = {HTML_UTF8, TEXT_UTF8})
    ResponseEntity<String> show(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @AuthenticationPrincipal Jwt token) {
        PressRelease release = pressReleases.find(id, isTokyoStaff(token))
                .orElseThrow(() -> new ApiProblem.NotFound("press release", id));
        return prefersPlainText(accept)
                ? ResponseEntity.ok().contentType(MediaType.parseMediaType(TEXT_UTF8)).body(release.text())
                : ResponseEntity.ok().contentType(MediaType.parseMediaType(HTML_UTF8)).body(release.html());
    }

    /** True when text/plain comes first among what the caller accepts, by quality and then by order. */
    static boolean prefersPlainText(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.equalsTypeAndSubtype(MediaType.TEXT_PLAIN)) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
                return false;
            }
        }
        return false;
    }

    /** Anonymous callers and municipalities (also a token that mixes staff and municipality) see what is public. */
    private static boolean isTokyoStaff(Jwt token) {
        if (token == null) {
            return false;
        }
        Caller caller = CallerArgumentResolver.fromJwt(token);
        return caller.isTokyoStaff() && !caller.has(Role.MUNICIPALITY);
    }
}
