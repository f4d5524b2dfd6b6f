-- Append-only grain logs. One row per append holds entry_count entries from first_sequence on, as one JSON array, so
-- that an append is one row however many entries it carries. The head counts on when appends are truncated, so that a
-- writer that read the log before another one appended or truncated fails instead of writing past it.
CREATE TABLE grain_log_head (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    log_name text NOT NULL,
    next_sequence bigint NOT NULL,
    PRIMARY KEY (grain_type, grain_key, log_name)
);

CREATE TABLE grain_log (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    log_name text NOT NULL,
    first_sequence bigint NOT NULL,
    entry_count integer NOT NULL,
    payload text NOT NULL,
    PRIMARY KEY (grain_type, grain_key, log_name, first_sequence)
);
