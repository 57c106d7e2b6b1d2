package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import java.util.List;

/** 交付決定 — the grant decision of a year, as notified under its document number. */
public record GrantDecision(String documentNumber, LocalDate decisionDate, long amountYen, List<String> conditions,
        String decidedBy) {

    public GrantDecision {
        conditions = List.copyOf(conditions);
    }
}
