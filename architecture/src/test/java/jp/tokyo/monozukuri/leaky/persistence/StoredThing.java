package jp.tokyo.monozukuri.leaky.persistence;

import jp.tokyo.monozukuri.leaky.application.ThingProperties;

/** Deliberately wrong: persistence reading the application layer's configuration. */
public class StoredThing {
    public ThingProperties properties;
}
