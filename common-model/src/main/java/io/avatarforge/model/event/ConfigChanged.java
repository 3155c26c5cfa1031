package io.avatarforge.model.event;

/** A new configuration version was committed; every instance reloads the newest version from the database. */
public record ConfigChanged(long version) {

    /** One key for every change, so changes stay in order on one partition. */
    public static final String KEY = "config";
}
