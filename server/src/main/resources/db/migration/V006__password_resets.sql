-- Password reset codes an admin hands to a person who forgot theirs: single use, expiring, stored hashed.
-- The admin never sets or sees the new password.
CREATE TABLE password_resets (
    code_hash  BLOB    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
) STRICT, WITHOUT ROWID;
