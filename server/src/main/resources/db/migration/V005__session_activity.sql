-- When a sign-in was last used (for the idle lifetime) and a short description of the browser it came
-- from, so a person can recognise their sessions and end the ones they do not.
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER;
ALTER TABLE sessions ADD COLUMN agent TEXT NOT NULL DEFAULT '';
UPDATE sessions SET last_seen_at = created_at;
