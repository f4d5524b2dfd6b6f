-- One row per grain state. version is the ETag; payload is the state as JSON, NULL once cleared so that the
-- version keeps counting and a write based on the state before the clear still fails.
CREATE TABLE grain_state (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    state_name TEXT NOT NULL,
    payload TEXT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
);
