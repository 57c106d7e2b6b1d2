package jp.tokyo.monozukuri.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import jp.tokyo.monozukuri.approval.application.ApprovalRounds;
import jp.tokyo.monozukuri.approval.web.Requests.ComposeRoundRequest;
import jp.tokyo.monozukuri.infrastructure.idempotency.Idempotent;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.infrastructure.web.PageResponse;
import jp.tokyo.monozukuri.infrastructure.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Approval rounds (承認の公表): composed by approvers from approved reviews, published once. Tokyo staff only. */
@RestController
@RequestMapping("/api/approval-rounds")
@Tag(name = "approval rounds", description = "承認の公表: announcements of approved plans")
class ApprovalRoundController {

    private final ApprovalRounds rounds;

    ApprovalRoundController(ApprovalRounds rounds) {
        this.rounds = rounds;
    }

    @Idempotent
    @PostMapping
    @Operation(summary = "Compose a round of approved reviews under an announcement date")
    ResponseEntity<RoundView> compose(@Valid @RequestBody ComposeRoundRequest request, Caller caller) {
        caller.requireAnyRole(Role.APPROVER, Role.ADMIN);
        RoundView round = RoundView.of(rounds.compose(request.announcementDate(), request.reviewIds(),
                caller.subject()));
        return ResponseEntity.created(URI.create("/api/approval-rounds/" + round.id())).body(round);
    }

    @GetMapping
    @Operation(summary = "Rounds, latest announcement first")
    PageResponse<RoundView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        Paging.requireCountable(page, size);
        caller.requireAnyRole(Role.REVIEWER, Role.APPROVER, Role.ADMIN);
        return PageResponse.of(rounds.list(PageRequest.of(page, size)), RoundView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One round")
    RoundView get(@PathVariable String id, Caller caller) {
        caller.requireAnyRole(Role.REVIEWER, Role.APPROVER, Role.ADMIN);
        return RoundView.of(rounds.get(id));
    }

    @Idempotent
    @PostMapping("/{id}/publish")
    @Operation(summary = "公表: publish the round once; emits approval-round.published")
    RoundView publish(@PathVariable String id, Caller caller) {
        caller.requireAnyRole(Role.APPROVER, Role.ADMIN);
        return RoundView.of(rounds.publish(id, caller.subject()));
    }
}
