-- When a state was last written, for operators who look into the database; rows from before stay NULL.
ALTER TABLE grain_state ADD COLUMN modified_utc timestamptz NULL;
