-- Live sessions keep the room together: every change to the room (state, focus, reveal, the
-- reasonings picked for discussion) counts up the session's version, which every event carries,
-- so a screen can tell an old update from a new one.
ALTER TABLE live_session ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- Reasonings from the room that the supervisor picked, after a reveal, to discuss with the room.
-- The projector shows them without names; they belong to one segment of one of the session's cases.
CREATE TABLE live_session_pick (
    session_id  BIGINT       NOT NULL REFERENCES live_session (id),
    judgment_id BIGINT       NOT NULL REFERENCES judgment (id),
    vignette_id VARCHAR(100) NOT NULL,
    segment_id  VARCHAR(100) NOT NULL,
    picked_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (session_id, judgment_id)
);
CREATE INDEX ix_live_session_pick_segment ON live_session_pick (session_id, vignette_id, segment_id);
