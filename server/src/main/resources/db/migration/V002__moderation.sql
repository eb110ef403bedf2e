-- Moderation: sanctions that end by themselves, reports to a room's leaders, and leader removals.

-- A mute or ban is in force while lifted_at is NULL and expires_at is NULL or still ahead.
-- Warnings and removals happen at once: they are stored with lifted_at = created_at.
CREATE TABLE sanctions (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('warning', 'mute', 'remove', 'ban')),
    room_id    INTEGER NOT NULL REFERENCES rooms (id),
    user_id    INTEGER NOT NULL REFERENCES users (id),
    reason     TEXT    NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    lifted_at  INTEGER,
    lifted_by  INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX sanctions_in_force ON sanctions (room_id, user_id) WHERE lifted_at IS NULL;
CREATE INDEX sanctions_expiring ON sanctions (expires_at) WHERE lifted_at IS NULL AND expires_at IS NOT NULL;

CREATE TABLE reports (
    id               INTEGER PRIMARY KEY,
    room_id          INTEGER NOT NULL REFERENCES rooms (id),
    reporter_id      INTEGER REFERENCES users (id),
    reported_user_id INTEGER REFERENCES users (id),
    seq              INTEGER,
    category         TEXT    NOT NULL CHECK (category IN ('harassment', 'hate', 'private_information',
                         'selling_or_promoting_substances', 'safety_concern', 'spam', 'other')),
    note             TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'actioned', 'dismissed')),
    created_at       INTEGER NOT NULL,
    resolved_by      INTEGER REFERENCES users (id),
    resolved_at      INTEGER,
    resolution_note  TEXT
) STRICT;
CREATE INDEX reports_by_room ON reports (room_id, status);

-- Who made a tombstone: the author, or a leader (whose reason lives in the audit trail).
ALTER TABLE messages ADD COLUMN deleted_by_role TEXT CHECK (deleted_by_role IN ('author', 'leader'));
UPDATE messages SET deleted_by_role = 'author' WHERE deleted_at IS NOT NULL;
