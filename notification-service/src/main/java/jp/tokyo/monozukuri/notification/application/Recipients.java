package jp.tokyo.monozukuri.notification.application;

import java.time.Clock;
import java.util.List;
import jp.tokyo.monozukuri.notification.domain.RecipientList;
import jp.tokyo.monozukuri.notification.persistence.RecipientStore;
import org.springframework.stereotype.Service;

/** 通知先の管理 — the recipients staff set for a municipality, besides the plan contacts added automatically. */
@Service
public class Recipients {

    private final RecipientStore store;
    private final Clock clock;

    public Recipients(RecipientStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Replaces the municipality's recipients; throws for a code outside Tokyo or an address that is no mailbox. */
    public RecipientList replace(String municipalityCode, List<String> addresses) {
        RecipientList list = RecipientList.of(municipalityCode, addresses);
        store.replace(list, clock.instant());
        return list;
    }

    public RecipientList of(String municipalityCode) {
        return new RecipientList(RecipientList.tokyoMunicipality(municipalityCode), store.addressesOf(municipalityCode));
    }
}
