package jp.tokyo.monozukuri.grant.application;

import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.grant.persistence.StoredGrant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way a stored grant changes: load it, let the domain change it, save the new state and its events in one
 * conditional write. When another writer saved the grant in between (another year's step, a replica's overdue
 * check), the whole step runs again on the fresh grant, whose rules then decide anew — so of two replicas raising
 * the same overdue report, the second finds it raised and writes nothing.
 */
@Component
public class GrantChanges {

    static final int ATTEMPTS = 3;

    private final GrantStore store;
    private final GrantEventOutbox outbox;

    public GrantChanges(GrantStore store, GrantEventOutbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /**
     * @param load   reads the grant (and checks that the caller may see it)
     * @param change the domain step, answering whether it changed anything; it may throw a rule violation, in
     *               which case nothing is written
     * @return the grant as saved (or as found, when the step changed nothing)
     */
    public Grant apply(Supplier<StoredGrant> load, Predicate<Grant> change) {
        for (int attempt = 1; ; attempt++) {
            StoredGrant stored = load.get();
            if (!change.test(stored.grant())) {
                return stored.grant();
            }
            try {
                store.update(stored, outbox.entriesOf(stored.grant(), stored.correlationId()));
                return stored.grant();
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt >= ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }
}
