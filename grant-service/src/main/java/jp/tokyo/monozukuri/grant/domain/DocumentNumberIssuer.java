package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/**
 * Issues the next document number of the fiscal year a document is dated in. The aggregate asks only after every
 * rule of the step passed, so a refused step never consumes a number.
 */
@FunctionalInterface
public interface DocumentNumberIssuer {

    DocumentNumber issue(DocumentSubject subject, LocalDate documentDate);
}
