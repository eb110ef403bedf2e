-- How rooms are run: guidelines accepted before posting, lock, slow mode, pins, closed rooms with
-- join requests; the organisation's word list; blocks between people; staff-only details.

ALTER TABLE rooms ADD COLUMN guidelines TEXT NOT NULL DEFAULT '';
ALTER TABLE rooms ADD COLUMN guidelines_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rooms ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
ALTER TABLE rooms ADD COLUMN slow_mode_seconds INTEGER NOT NULL DEFAULT 0 CHECK (slow_mode_seconds BETWEEN 0 AND 3600);

-- The guidelines version a member accepted; 0 for none.
ALTER TABLE room_members ADD COLUMN guidelines_accepted INTEGER NOT NULL DEFAULT 0;

ALTER TABLE messages ADD COLUMN pinned_at INTEGER;

CREATE TABLE join_requests (
    room_id      INTEGER NOT NULL REFERENCES rooms (id),
    user_id      INTEGER NOT NULL REFERENCES users (id),
    requested_at INTEGER NOT NULL,
    PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE word_rules (
    word       TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
    action     TEXT    NOT NULL CHECK (action IN ('block', 'flag')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE blocks (
    blocker_id INTEGER NOT NULL REFERENCES users (id),
    blocked_id INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
) STRICT, WITHOUT ROWID;

-- Details only staff may see; every read is written to the audit trail.
CREATE TABLE user_private (
    user_id      INTEGER PRIMARY KEY REFERENCES users (id),
    real_name    TEXT,
    contact_note TEXT,
    updated_by   INTEGER NOT NULL REFERENCES users (id),
    updated_at   INTEGER NOT NULL
) STRICT;
