package jp.tokyo.monozukuri.approval.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.approval.domain.AnnouncementIssuer;
import jp.tokyo.monozukuri.approval.domain.ApprovalRound;
import jp.tokyo.monozukuri.approval.domain.RoundEntry;
import jp.tokyo.monozukuri.approval.domain.RoundStatus;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;

/** An approval round and the plans it announces. */
public record RoundView(
        String id,
        LocalDate announcementDate,
        RoundStatus status,
        List<Entry> plans,
        String composedBy,
        OffsetDateTime composedAt,
        AnnouncementIssuer issuer,
        String publishedBy,
        OffsetDateTime publishedAt) {

    static RoundView of(ApprovalRound round) {
        return new RoundView(round.id(), round.announcementDate(), round.status(),
                round.entries().stream().map(Entry::of).toList(), round.composedBy(), round.composedAt(),
                round.issuer().orElse(null), round.publishedBy().orElse(null), round.publishedAt().orElse(null));
    }

    /**
     * @param planPeriod the period as the press release writes it, e.g. 平成26~28年度
     */
    public record Entry(String reviewId, String planId, int revision, String municipalityCode,
            String municipalityName, String planTitle, int startFiscalYear, int endFiscalYear, String planPeriod,
            String documentNumber, LocalDate decisionDate) {

        static Entry of(RoundEntry e) {
            return new Entry(e.reviewId(), e.plan().planId(), e.plan().revision(), e.plan().municipalityCode(),
                    e.plan().municipalityName(), e.plan().title(), e.plan().startFiscalYear(),
                    e.plan().endFiscalYear(),
                    JapaneseCalendar.formatFiscalYearSpan(e.plan().startFiscalYear(), e.plan().endFiscalYear()),
                    e.documentNumber().formatted(), e.decisionDate());
        }
    }
}
