package org.boundarylab.session;

/**
 * How a change to a live session reaches the screens on every node: in this JVM when one node serves
 * (H2, {@link LocalRoomNotices}), through PostgreSQL's LISTEN/NOTIFY when several share one database
 * ({@link PostgresRoomNotices}). A notice only says "session N changed to version V"; each node's
 * screens then re-read the session from the database.
 */
interface RoomNotices {

    /** Where this node's copy of every notice goes, its own included. */
    interface Receiver {
        void changed(SessionEvents.Event change);

        /** Notices may have been missed (the connection that hears them was lost): re-read everything shown. */
        void missedSome();
    }

    /** Starts hearing notices; called once, before the first {@link #send}. */
    void start(Receiver receiver);

    /**
     * Announces a change to every node once the change is committed: the open transaction's commit,
     * or at once outside one. A change rolled back is never announced.
     */
    void send(SessionEvents.Event change);
}
