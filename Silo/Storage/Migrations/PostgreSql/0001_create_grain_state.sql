-- One row per grain state. version is the ETag; payload is the state as JSON, NULL once cleared so that the
-- version keeps counting and a write based on the state before the clear still fails. payload is text, not jsonb:
-- jsonb would give back the JSON reformatted, and nothing here queries inside it.
CREATE TABLE grain_state (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    state_name text NOT NULL,
    payload text NULL,
    version bigint NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
);
