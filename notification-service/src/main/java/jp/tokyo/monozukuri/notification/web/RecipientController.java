package jp.tokyo.monozukuri.notification.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.notification.application.Recipients;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.InvalidEmailAddressException;
import jp.tokyo.monozukuri.notification.domain.RecipientList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 通知先 — who receives a municipality's notices: Tokyo's decision. Staff (ADMIN) set the standing list, of addresses
 * Tokyo approved for the municipality only and capped; a plan's contact receives only that plan's notices, and only
 * at an approved address. A municipality may read its own list.
 */
@RestController
@RequestMapping("/api/recipients")
class RecipientController {

    private final Recipients recipients;

    RecipientController(Recipients recipients) {
        this.recipients = recipients;
    }

    @PutMapping("/{municipalityCode}")
    RecipientsResponse replace(@PathVariable String municipalityCode, @Valid @RequestBody RecipientsRequest request,
            Caller caller) {
        caller.requireAnyRole(Role.ADMIN);
        RecipientList.tokyoMunicipality(municipalityCode);
        requireMailboxes("addresses", request.addresses());
        if (request.blocked() != null) {
            requireMailboxes("blocked", request.blocked());
        }
        return RecipientsResponse.of(recipients.replace(municipalityCode, request.addresses(), request.blocked()));
    }

    @GetMapping("/{municipalityCode}")
    RecipientsResponse get(@PathVariable String municipalityCode, Caller caller) {
        RecipientList.tokyoMunicipality(municipalityCode);
        caller.requireVisible(municipalityCode, () -> new ApiProblem.NotFound("recipients of", municipalityCode));
        return RecipientsResponse.of(recipients.of(municipalityCode));
    }

    /** Names every address that is not a mailbox by its index, before anything is written. */
    private static void requireMailboxes(String field, List<String> addresses) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            try {
                EmailAddress.of(addresses.get(i));
            } catch (InvalidEmailAddressException e) {
                violations.add(new FieldViolation(field + "[" + i + "]", "is not an e-mail address"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem.InvalidInput(violations);
        }
    }
}
