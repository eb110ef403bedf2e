// The person's own account, as the client holds it: where they are signed in (`sessions.list`).
// Pure, like state.js, which merges these handlers into its one apply(state, event). The page's events
// have names of their own; nothing here collides with the other modules' handlers.

export const initialAccount = Object.freeze({
    sessions: null, // {list: [SessionInfo] | null, loading, ending: {sessionId: true}, notice} while the panel is used
});

const NO_SESSIONS = Object.freeze({ list: null, loading: false, ending: Object.freeze({}), notice: '' });

export const ACCOUNT_HANDLERS = {
    /** `fresh`: the panel was just opened, so an old notice goes. */
    'sessions.loading': (s, e) => withSessions(s, (x) => ({ ...x, loading: true, notice: e.fresh ? '' : x.notice })),
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
};

function withSessions(s, change) {
    return { ...s, sessions: change(s.sessions || NO_SESSIONS) };
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
