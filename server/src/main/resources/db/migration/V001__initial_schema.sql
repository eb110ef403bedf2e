-- Kinship schema, version 1. Times are UTC milliseconds since the epoch.
-- Roles and visibility are CHECKed here so a bad value can never be stored.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    handle        TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    password_hash TEXT    NOT NULL,
    org_role      TEXT    NOT NULL CHECK (org_role IN ('participant', 'peer_leader', 'supervisor', 'admin')),
    created_at    INTEGER NOT NULL,
    disabled_at   INTEGER
) STRICT;

-- Only the SHA-256 of a session token is stored: a copy of the database signs nobody in.
CREATE TABLE sessions (
    token_hash BLOB    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE invites (
    code_hash  BLOB    PRIMARY KEY,
    org_role   TEXT    NOT NULL CHECK (org_role IN ('participant', 'peer_leader', 'supervisor', 'admin')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_by    INTEGER REFERENCES users (id),
    used_at    INTEGER
) STRICT, WITHOUT ROWID;

-- last_seq and last_rev are the room's counters; the single writer bumps them in the
-- same transaction that inserts or changes a message, so they never run ahead of the rows.
CREATE TABLE rooms (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    topic       TEXT    NOT NULL DEFAULT '',
    visibility  TEXT    NOT NULL DEFAULT 'open' CHECK (visibility IN ('open', 'closed')),
    created_by  INTEGER REFERENCES users (id),
    created_at  INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    last_rev    INTEGER NOT NULL DEFAULT 0,
    archived_at INTEGER
) STRICT;

CREATE TABLE room_members (
    room_id   INTEGER NOT NULL REFERENCES rooms (id),
    user_id   INTEGER NOT NULL REFERENCES users (id),
    room_role TEXT    NOT NULL DEFAULT 'member' CHECK (room_role IN ('leader', 'co_leader', 'member', 'observer')),
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (room_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX room_members_by_user ON room_members (user_id);

-- seq: the message's place in the room (1, 2, 3, ...); rev: the room's change counter at its
-- latest send, edit or delete. (room_id, sender_id, client_key) makes a retried send idempotent.
CREATE TABLE messages (
    room_id    INTEGER NOT NULL REFERENCES rooms (id),
    seq        INTEGER NOT NULL,
    rev        INTEGER NOT NULL,
    sender_id  INTEGER NOT NULL REFERENCES users (id),
    client_key TEXT    NOT NULL,
    body       TEXT,
    created_at INTEGER NOT NULL,
    edited_at  INTEGER,
    deleted_at INTEGER,
    deleted_by INTEGER REFERENCES users (id),
    PRIMARY KEY (room_id, seq),
    UNIQUE (room_id, sender_id, client_key)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX messages_by_rev ON messages (room_id, rev);

-- Append-only and hash-chained: each row's hash covers the previous row's hash and its own fields.
-- No foreign keys, so the trail outlives the rows it speaks of. Never holds a message body or secret.
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    actor_id       INTEGER,
    actor_role     TEXT,
    action         TEXT    NOT NULL,
    target_user_id INTEGER,
    room_id        INTEGER,
    detail         TEXT    NOT NULL DEFAULT '',
    outcome        TEXT    NOT NULL CHECK (outcome IN ('done', 'refused')),
    prev_hash      BLOB    NOT NULL,
    hash           BLOB    NOT NULL
) STRICT;

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
