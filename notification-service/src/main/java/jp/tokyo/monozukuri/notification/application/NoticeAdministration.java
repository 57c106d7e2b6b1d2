package jp.tokyo.monozukuri.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeStatus;
import jp.tokyo.monozukuri.notification.persistence.NoticeStore;
import jp.tokyo.monozukuri.notification.persistence.NoticeStore.NoticeFilter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Reading notices and re-sending one (再送). */
@Service
public class NoticeAdministration {

    private final NoticeStore store;
    private final Clock clock;

    public NoticeAdministration(NoticeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Page(List<Notice> notices, long total) {
    }

    /**
     * A page of notices: a municipality's staff see their own whatever they ask for, and none still under embargo;
     * Tokyo's staff see all.
     */
    public Page search(Caller caller, String municipalityCode, NoticeStatus status, String eventType, int page,
            int size) {
        NoticeFilter filter = new NoticeFilter(caller.listScope(municipalityCode).orElse(null), status, eventType,
                caller.isTokyoStaff() ? null : clock.instant());
        return new Page(store.search(filter, page, size), store.count(filter));
    }

    /**
     * The notice as the caller may see it: Tokyo's staff any; a municipality's staff only their own, and none still
     * under embargo (its letter tells the announcement). Empty where it must look as if there were none.
     */
    public Optional<Notice> visible(String id, Caller caller) {
        return store.find(id).filter(notice -> caller.isTokyoStaff()
                || caller.canSee(notice.municipalityCode()) && !notice.embargoedAt(clock.instant()));
    }

    public Optional<Notice> find(String id) {
        return store.find(id);
    }

    /**
     * Makes a SENT or FAILED notice PENDING again, for the scheduled sender to send once more.
     *
     * @return the notice as it is now, or empty if there is no such notice
     * @throws jp.tokyo.monozukuri.notification.domain.NoticeAlreadyPendingException if it is still waiting to go out
     */
    public Optional<Notice> resend(String id) {
        Optional<Notice> found = store.find(id);
        found.ifPresent(notice -> {
            NoticeStatus before = notice.status();
            notice.resend(clock.instant());
            if (!store.saveIfStatus(notice, before)) {
                throw new OptimisticLockingFailureException(
                        "notice " + id + " changed while it was re-sent");
            }
        });
        return found;
    }
}
