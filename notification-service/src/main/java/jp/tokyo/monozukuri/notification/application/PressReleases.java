package jp.tokyo.monozukuri.notification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.notification.domain.Embargo;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressRelease;
import jp.tokyo.monozukuri.notification.persistence.PressReleaseStore;
import org.springframework.stereotype.Service;

/**
 * 報道発表 — the published press releases. The public reads those whose announcement date has begun in Tokyo; a
 * release dated later is under embargo: Tokyo's staff see it (marked so), nobody else, not even its existence.
 */
@Service
public class PressReleases {

    private final PressReleaseStore store;
    private final Clock clock;

    public PressReleases(PressReleaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Page(List<PressRelease> releases, long total) {
    }

    /** @param withEmbargoed true for Tokyo's staff: releases under embargo are listed too */
    public Page list(int page, int size, boolean withEmbargoed) {
        LocalDate upTo = withEmbargoed ? null : today();
        return new Page(store.page(page, size, upTo), store.count(upTo));
    }

    /** @param withEmbargoed true for Tokyo's staff: a release under embargo is found too */
    public Optional<PressRelease> find(String id, boolean withEmbargoed) {
        return store.find(id).filter(release -> withEmbargoed || !isEmbargoed(release));
    }

    public boolean isEmbargoed(PressRelease release) {
        return Embargo.isBefore(clock.instant(), release.announcementDate());
    }

    private LocalDate today() {
        return Embargo.today(clock.instant());
    }
}
