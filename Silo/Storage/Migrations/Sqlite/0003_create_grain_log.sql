-- Append-only grain logs. One row per append holds entry_count entries from first_sequence on, as one JSON array, so
-- that an append is one row however many entries it carries. The head counts on when appends are truncated, so that a
-- writer that read the log before another one appended or truncated fails instead of writing past it.
CREATE TABLE grain_log_head (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    log_name TEXT NOT NULL,
    next_sequence INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key, log_name)
);

CREATE TABLE grain_log (
    grain_type TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    log_name TEXT NOT NULL,
    first_sequence INTEGER NOT NULL,
    entry_count INTEGER NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (grain_type, grain_key, log_name, first_sequence)
);
