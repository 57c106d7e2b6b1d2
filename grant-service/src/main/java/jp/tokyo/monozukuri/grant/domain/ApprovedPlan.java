package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/** What the grant needs to know of an approved plan (承認された地域産業基盤強化計画). */
public record ApprovedPlan(String planId, int revision, String municipalityCode, String municipalityName,
        String title, String approvalDocumentNumber, LocalDate approvalDate, int startFiscalYear,
        int endFiscalYear) {
}
