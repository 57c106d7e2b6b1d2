package jp.tokyo.monozukuri.grant.domain;

/** Whose assembly passed a budget resolution. */
public enum Assembly {
    /** 東京都議会 — the Tokyo Metropolitan Assembly. */
    METROPOLITAN,
    /** 区市町村議会 — the assembly of one municipality. */
    MUNICIPAL
}
