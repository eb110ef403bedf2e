// The person's own account, as the client holds it: where they are signed in (`sessions.list`) and the
// change-password form (never the passwords: those stay in the form); for admins, what they changed about
// other people's accounts while this page is open. Pure, like state.js, which merges these handlers into
// its one apply(state, event). The page's events have names of their own; nothing here collides with the
// other modules' handlers.

/** Passwords the server takes (PROTOCOL.md, "POST /api/password"): at least this many characters, */
export const MIN_PASSWORD_CHARS = 10;
/** and at most this many bytes in UTF-8 (bcrypt's limit). */
export const MAX_PASSWORD_BYTES = 72;

export const initialAccount = Object.freeze({
    sessions: null, // {list: [SessionInfo] | null, loading, ending: {sessionId: true}, notice} while the panel is used
    password: null, // the change-password form: {open, busy, error, notice}
    // userId -> true (disabled) | false (enabled): only what this admin set since the page loaded; users.list does
    // not say who is disabled, so a person without a note may be either.
    accountNotes: Object.freeze({}),
});

const NO_SESSIONS = Object.freeze({ list: null, loading: false, ending: Object.freeze({}), notice: '' });
const NO_PASSWORD = Object.freeze({ open: false, busy: false, error: '', notice: '' });

export const ACCOUNT_HANDLERS = {
    /** `fresh`: the panel was just opened, so an old notice goes, and the password form starts closed. */
    'sessions.loading': (s, e) => withSessions(e.fresh ? { ...s, password: NO_PASSWORD } : s,
        (x) => ({ ...x, loading: true, notice: e.fresh ? '' : x.notice })),
    'sessions.loaded': (s, e) => withSessions(s, (x) => ({ ...x, list: e.sessions, loading: false })),
    'sessions.failed': (s, e) => withSessions({ ...s, panelError: e.message }, (x) => ({ ...x, loading: false, ending: {} })),
    'sessions.ending': (s, e) => withSessions({ ...s, panelError: '' }, (x) => ({
        ...x, notice: '', ending: { ...x.ending, ...Object.fromEntries(e.sessionIds.map((id) => [id, true])) },
    })),
    /** One sign-in ended (or was already gone): it leaves the list at once; the list is asked for again after. */
    'session.ended': (s, e) => withSessions(s, (x) => {
        const ending = { ...x.ending };
        delete ending[e.sessionId];
        return { ...x, ending, list: x.list && x.list.filter((one) => one.sessionId !== e.sessionId) };
    }),
    'sessions.notice': (s, e) => withSessions(s, (x) => ({ ...x, notice: e.notice })),

    // --- the person's own password ------------------------------------------------------------
    'password.opened': (s) => ({ ...s, password: { ...NO_PASSWORD, open: true } }),
    'password.closed': (s) => ({ ...s, password: NO_PASSWORD }),
    'password.busy': (s) => withPassword(s, (x) => ({ ...x, busy: true, error: '', notice: '' })),
    'password.failed': (s, e) => withPassword(s, (x) => ({ ...x, busy: false, error: e.message })),
    'password.changed': (s, e) => ({ ...s, password: { ...NO_PASSWORD, notice: e.notice } }),

    // --- admins: other people's accounts -------------------------------------------------------
    'account.disabled.noted': (s, e) => ({ ...s, accountNotes: { ...s.accountNotes, [e.userId]: e.disabled } }),
};

function withSessions(s, change) {
    return { ...s, sessions: change(s.sessions || NO_SESSIONS) };
}

function withPassword(s, change) {
    return { ...s, password: change(s.password || NO_PASSWORD) };
}

// --- selectors ---------------------------------------------------------------------------------

/** The person's sign-ins: this one first, then the most recently used. Empty until loaded. */
export function sessionList(s) {
    const list = (s.sessions && s.sessions.list) || [];
    return list.slice().sort((a, b) => (b.current - a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
}

/** Sign-ins other than this one: what "Sign out everywhere else" ends. */
export function otherSessions(s) {
    return sessionList(s).filter((one) => !one.current);
}

export function isEnding(s, sessionId) {
    return Boolean(s.sessions && s.sessions.ending[sessionId]);
}

/**
 * What is wrong with a new password before it is sent, or null: 'short', 'long' (over 72 bytes in UTF-8) or
 * 'mismatch' (the two copies differ). The server checks again; this only saves a round trip.
 */
export function passwordProblem(password, again) {
    if (password.length < MIN_PASSWORD_CHARS) return 'short'; // UTF-16 units, as the server counts
    if (new TextEncoder().encode(password).length > MAX_PASSWORD_BYTES) return 'long';
    if (password !== again) return 'mismatch';
    return null;
}

/** What this admin set for a person's account since the page loaded: true (disabled), false (enabled), or null (unknown). */
export function accountNote(s, userId) {
    const note = s.accountNotes[userId];
    return note === undefined ? null : note;
}
