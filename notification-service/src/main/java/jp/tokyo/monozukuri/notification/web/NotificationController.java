package jp.tokyo.monozukuri.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.idempotency.Idempotent;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.infrastructure.web.PageResponse;
import jp.tokyo.monozukuri.infrastructure.web.Paging;
import jp.tokyo.monozukuri.notification.application.NoticeAdministration;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.NoticeStatus;
import jp.tokyo.monozukuri.notification.domain.RecipientList;
import jp.tokyo.monozukuri.notification.domain.letter.OfficialDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 通知 — the notices sent (or waiting to be), their letters and their documents (PDF). Tokyo staff see all; a
 * municipality only its own whose embargo has ended, and another's notice is "not found". Re-sending is for ADMIN.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NoticeAdministration notices;

    NotificationController(NoticeAdministration notices) {
        this.notices = notices;
    }

    @GetMapping
    PageResponse<NoticeResponse> list(
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) NoticeStatus status,
            @RequestParam(required = false) String eventType,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        Paging.requireCountable(page, size);
        if (municipalityCode != null && !municipalityCode.isBlank()) {
            RecipientList.tokyoMunicipality(municipalityCode);
        }
        if (eventType != null && !eventType.isBlank() && NoticeKind.forEventType(eventType).isEmpty()) {
            throw new ApiProblem.InvalidInput(List.of(new FieldViolation("eventType", "is not an event with notices")));
        }
        NoticeAdministration.Page result = notices.search(caller, municipalityCode, status,
                eventType == null || eventType.isBlank() ? null : eventType, page, size);
        return PageResponse.of(result.notices().stream().map(NoticeResponse::summary).toList(), page, size,
                result.total());
    }

    @GetMapping("/{id}")
    NoticeResponse get(@PathVariable String id, Caller caller) {
        return NoticeResponse.withLetter(visible(id, caller));
    }

    /**
     * 公文書 — the notice's document as it was issued (PDF, A4). Visible like the notice: its municipality and Tokyo
     * staff; another municipality's is 404, as is a notice recorded before documents were issued.
     */
    @Operation(summary = "The notice's document (公文書) as issued, a PDF; its own municipality and Tokyo staff only")
    @ApiResponse(responseCode = "200", description = "the PDF document",
            content = @Content(mediaType = OfficialDocument.MEDIA_TYPE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "no such notice, another municipality's, or one without a document",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(value = "/{id}/document", produces = {OfficialDocument.MEDIA_TYPE, "application/problem+json"})
    ResponseEntity<byte[]> document(@PathVariable String id, Caller caller) {
        Notice notice = visible(id, caller);
        OfficialDocument document = notice.letter().document();
        if (document == null) {
            throw new ApiProblem.NotFound("document of notification", id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(notice.letter().subject() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(document.pdf());
    }

    /** 再送 — the notice goes out once more; 202, since the scheduled sender sends it. */
    @Idempotent
    @PostMapping("/{id}/resend")
    ResponseEntity<NoticeResponse> resend(@PathVariable String id, Caller caller) {
        caller.requireAnyRole(Role.ADMIN);
        Notice notice = notices.resend(id).orElseThrow(() -> new ApiProblem.NotFound("notification", id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(NoticeResponse.summary(notice));
    }

    private Notice visible(String id, Caller caller) {
        return notices.visible(id, caller).orElseThrow(() -> new ApiProblem.NotFound("notification", id));
    }
}
