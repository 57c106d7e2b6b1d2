package jp.tokyo.monozukuri.leaky.domain;

import jp.tokyo.monozukuri.leaky.persistence.StoredThing;
import org.springframework.stereotype.Component;

/** Deliberately wrong: a domain class that knows Spring and the store. */
@Component
public class SpringAwareRule {
    public StoredThing stored() {
        return new StoredThing();
    }
}
