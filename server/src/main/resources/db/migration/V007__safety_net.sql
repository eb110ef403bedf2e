-- The safety net: a resource directory, who is on duty, "I need support now" alerts that escalate, and
-- risk phrases that quietly bring help (never punishment).

CREATE TABLE resources (
    id          INTEGER PRIMARY KEY,
    category    TEXT    NOT NULL CHECK (category IN ('crisis', 'treatment', 'housing', 'employment', 'harm_reduction', 'other')),
    name        TEXT    NOT NULL,
    phone       TEXT    NOT NULL DEFAULT '',
    text_number TEXT    NOT NULL DEFAULT '',
    url         TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
) STRICT;

-- Peer leaders on duty right now, with the handover note they left when they came on.
CREATE TABLE on_duty (
    user_id  INTEGER PRIMARY KEY REFERENCES users (id),
    on_since INTEGER NOT NULL,
    note     TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE support_alerts (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id),
    room_id         INTEGER REFERENCES rooms (id),
    seq             INTEGER,
    source          TEXT    NOT NULL CHECK (source IN ('button', 'risk_phrase')),
    created_at      INTEGER NOT NULL,
    acknowledged_by INTEGER REFERENCES users (id),
    acknowledged_at INTEGER,
    escalated_at    INTEGER,
    closed_by       INTEGER REFERENCES users (id),
    closed_at       INTEGER,
    close_note      TEXT
) STRICT;
CREATE INDEX support_alerts_open ON support_alerts (created_at) WHERE closed_at IS NULL;

CREATE TABLE risk_phrases (
    phrase     TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
