package jp.tokyo.monozukuri.leaky.messaging;

import jp.tokyo.monozukuri.leaky.persistence.StoredThing;

/** Deliberately wrong: an event handler writing the store directly. */
public class ThingEvents {
    public StoredThing handled;
}
