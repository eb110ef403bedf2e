-- One-to-one coaching, private conversations, check-ins, recovery dates and referrals, and the
-- organisation's settings that govern who may read what. Defaults are the cautious choice.

-- Exactly one row. Booleans are 0 or 1.
CREATE TABLE org_settings (
    id                          INTEGER PRIMARY KEY CHECK (id = 1),
    participant_direct_messages INTEGER NOT NULL DEFAULT 0 CHECK (participant_direct_messages IN (0, 1)),
    supervisor_review           INTEGER NOT NULL DEFAULT 0 CHECK (supervisor_review IN (0, 1)),
    quiet_after_days            INTEGER NOT NULL DEFAULT 4 CHECK (quiet_after_days BETWEEN 1 AND 60),
    coach_capacity              INTEGER NOT NULL DEFAULT 15 CHECK (coach_capacity BETWEEN 1 AND 200),
    retention_days              INTEGER CHECK (retention_days IS NULL OR retention_days BETWEEN 1 AND 36500),
    erasure                     TEXT    NOT NULL DEFAULT 'tombstone' CHECK (erasure IN ('tombstone', 'remove')),
    updated_at                  INTEGER
) STRICT;
INSERT INTO org_settings (id) VALUES (1);

-- A private conversation between two people. 'coaching': one per participant (user_a), read by their
-- current coach as coach_assignments allow; 'direct': one per pair, user_a < user_b.
CREATE TABLE conversations (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('coaching', 'direct')),
    user_a     INTEGER NOT NULL REFERENCES users (id),
    user_b     INTEGER REFERENCES users (id),
    created_at INTEGER NOT NULL,
    last_seq   INTEGER NOT NULL DEFAULT 0,
    last_rev   INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'coaching' AND user_b IS NULL) OR (kind = 'direct' AND user_b > user_a))
) STRICT;
CREATE UNIQUE INDEX conversations_one_coaching ON conversations (user_a) WHERE kind = 'coaching';
CREATE UNIQUE INDEX conversations_one_direct ON conversations (user_a, user_b) WHERE kind = 'direct';
CREATE INDEX conversations_by_b ON conversations (user_b) WHERE user_b IS NOT NULL;

-- Same shape and guarantees as room messages: gap-free seq, rev for changes, idempotent client keys.
CREATE TABLE conversation_messages (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    seq             INTEGER NOT NULL,
    rev             INTEGER NOT NULL,
    sender_id       INTEGER NOT NULL REFERENCES users (id),
    client_key      TEXT    NOT NULL,
    body            TEXT,
    created_at      INTEGER NOT NULL,
    edited_at       INTEGER,
    deleted_at      INTEGER,
    PRIMARY KEY (conversation_id, seq),
    UNIQUE (conversation_id, sender_id, client_key)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX conversation_messages_by_rev ON conversation_messages (conversation_id, rev);

-- Read receipts: each person's newest read seq in a conversation.
CREATE TABLE conversation_reads (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    user_id         INTEGER NOT NULL REFERENCES users (id),
    read_seq        INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
) STRICT, WITHOUT ROWID;

-- Who coached whom, and when. At most one open row per participant. A coach reads the coaching
-- conversation from start_seq on, and the part before it only while history_shared is 1.
CREATE TABLE coach_assignments (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES users (id),
    coach_id       INTEGER NOT NULL REFERENCES users (id),
    assigned_by    INTEGER NOT NULL REFERENCES users (id),
    started_at     INTEGER NOT NULL,
    start_seq      INTEGER NOT NULL,
    history_shared INTEGER NOT NULL DEFAULT 0 CHECK (history_shared IN (0, 1)),
    ended_at       INTEGER
) STRICT;
CREATE UNIQUE INDEX coach_assignments_one_open ON coach_assignments (participant_id) WHERE ended_at IS NULL;
CREATE INDEX coach_assignments_by_coach ON coach_assignments (coach_id) WHERE ended_at IS NULL;

-- Participants waiting for a coach, oldest first.
CREATE TABLE coach_requests (
    participant_id INTEGER PRIMARY KEY REFERENCES users (id),
    note           TEXT    NOT NULL DEFAULT '',
    requested_at   INTEGER NOT NULL
) STRICT;

-- A coach's own caseload limit, where it differs from the organisation's coach_capacity.
CREATE TABLE coach_capacity (
    coach_id INTEGER PRIMARY KEY REFERENCES users (id),
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 200)
) STRICT;

-- One check-in per person per day (the person's own calendar day, YYYY-MM-DD).
CREATE TABLE checkins (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    day         TEXT    NOT NULL,
    mood        INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    craving     INTEGER NOT NULL CHECK (craving BETWEEN 0 AND 10),
    note        TEXT    NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
) STRICT, WITHOUT ROWID;

-- A person's own recovery start date: private unless they choose to announce milestones.
CREATE TABLE recovery_dates (
    user_id             INTEGER PRIMARY KEY REFERENCES users (id),
    start_date          TEXT    NOT NULL,
    announce_milestones INTEGER NOT NULL DEFAULT 0 CHECK (announce_milestones IN (0, 1)),
    last_announced_days INTEGER NOT NULL DEFAULT 0,
    updated_at          INTEGER NOT NULL
) STRICT;

-- A coach's referral to a professional or another service; never shown to other participants.
CREATE TABLE referrals (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES users (id),
    created_by     INTEGER NOT NULL REFERENCES users (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('supervisor', 'clinician', 'housing', 'employment', 'other')),
    note           TEXT    NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    done_by        INTEGER REFERENCES users (id),
    done_at        INTEGER,
    done_note      TEXT
) STRICT;
CREATE INDEX referrals_open ON referrals (created_at) WHERE done_at IS NULL;
CREATE INDEX referrals_by_participant ON referrals (participant_id);
