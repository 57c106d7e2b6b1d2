package jp.tokyo.monozukuri.notification.application;

import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressRelease;
import jp.tokyo.monozukuri.notification.persistence.PressReleaseStore;
import org.springframework.stereotype.Service;

/** 報道発表 — the published press releases, readable by anyone. */
@Service
public class PressReleases {

    private final PressReleaseStore store;

    public PressReleases(PressReleaseStore store) {
        this.store = store;
    }

    public record Page(List<PressRelease> releases, long total) {
    }

    public Page list(int page, int size) {
        return new Page(store.page(page, size), store.count());
    }

    public Optional<PressRelease> find(String id) {
        return store.find(id);
    }
}
