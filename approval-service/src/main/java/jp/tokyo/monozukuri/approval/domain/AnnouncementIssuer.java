package jp.tokyo.monozukuri.approval.domain;

/**
 * Who announces approvals and whom the press asks: 産業労働局, 商工部地域産業振興課, 03-5320-4748 in the
 * release of 2014-03-13.
 */
public record AnnouncementIssuer(String bureau, String section, String contactPhone) {
}
