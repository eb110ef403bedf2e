// The WebSocket: request ids, one reply promise per request, reconnect with backoff.
// What to do after a (re)connect (list rooms, resume, resend) belongs to the caller: see main.js.

/** Close code the server uses when the session has ended: sign in again. */
export const CLOSE_SESSION_ENDED = 4001;
/** Close code for "going away": the server is restarting. */
export const CLOSE_GOING_AWAY = 1001;
/** Close code the server uses when the person's organisation role changed: reconnect at once. */
export const CLOSE_ROLE_CHANGED = 4003;

/** Reconnect delays: the first, and the most it grows to, in milliseconds. */
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 10_000;
/** A request without a reply by then is treated as a broken connection, in milliseconds. */
const REQUEST_TIMEOUT_MS = 20_000;
/** Our own close code when we drop a connection that stopped answering. */
const CLOSE_NOT_ANSWERING = 4000;

/** A refused or unanswered request. `code` is the server's stable code, or "disconnected". */
export class RequestError extends Error {
    constructor(code, message, retryAfterMs) {
        super(message);
        this.code = code;
        this.retryAfterMs = retryAfterMs;
    }
}

export class Connection {
    /**
     * @param handlers.onEvent(message)     every server message that is not a reply, welcome included
     * @param handlers.onStatus(status, failedAttempts)  "connecting" | "online" | "reconnecting" | "restarting";
     *                                      failedAttempts: reconnects in a row that got no welcome
     * @param handlers.onSessionEnded()     the server ended the session (close 4001, or status says signed out)
     * @param handlers.isSignedIn()         async; asked when a socket closes before its welcome
     * @param handlers.onRoleChanged()      the server closed with 4003; a new connection is opening
     */
    constructor(handlers) {
        this.handlers = handlers;
        this.socket = null;
        this.replies = new Map(); // request id -> {resolve, reject, timer}
        this.idPrefix = Math.random().toString(36).slice(2, 8);
        this.nextId = 1;
        this.attempt = 0;
        this.welcomed = false;
        this.stopped = true;
        this.retryTimer = null;
    }

    start() {
        this.stopped = false;
        this.open('connecting');
    }

    /** Closes for good (signing out); no reconnect. */
    stop() {
        this.stopped = true;
        clearTimeout(this.retryTimer);
        const socket = this.socket;
        this.socket = null;
        if (socket) socket.close(1000, 'signed out');
        this.failAll();
    }

    /** Skips the rest of a backoff wait, e.g. when the browser says it is online again. */
    reconnectNow() {
        if (this.stopped || this.socket) return;
        clearTimeout(this.retryTimer);
        this.open('reconnecting');
    }

    get isOnline() {
        return this.socket !== null && this.welcomed;
    }

    /** Sends a request; resolves with its `result` (or null), rejects with a RequestError. */
    request(type, fields = {}) {
        if (!this.isOnline) {
            return Promise.reject(new RequestError('disconnected', 'Not connected right now.'));
        }
        const id = `${this.idPrefix}-${this.nextId++}`;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => this.notAnswering(), REQUEST_TIMEOUT_MS);
            this.replies.set(id, { resolve, reject, timer });
            this.socket.send(JSON.stringify({ ...fields, type, id }));
        });
    }

    open(status) {
        this.handlers.onStatus(status, this.attempt);
        this.welcomed = false;
        const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
        const socket = new WebSocket(`${scheme}//${location.host}/ws`);
        this.socket = socket;
        socket.addEventListener('message', (e) => this.received(e.data));
        socket.addEventListener('close', (e) => this.closed(socket, e.code));
    }

    received(text) {
        let message;
        try {
            message = JSON.parse(text);
        } catch {
            return; // Not ours to fix; the server only sends JSON.
        }
        if ((message.type === 'ok' || message.type === 'error') && this.replies.has(message.id)) {
            const { resolve, reject, timer } = this.replies.get(message.id);
            clearTimeout(timer);
            this.replies.delete(message.id);
            if (message.type === 'ok') resolve(message.result || null);
            else reject(new RequestError(message.code, message.message, message.retryAfterMs));
            return;
        }
        if (message.type === 'welcome') {
            this.welcomed = true;
            this.attempt = 0;
            this.handlers.onStatus('online', 0);
        }
        this.handlers.onEvent(message);
    }

    async closed(socket, code) {
        if (socket !== this.socket) return;
        const hadWelcome = this.welcomed;
        this.socket = null;
        this.welcomed = false;
        this.failAll();
        if (this.stopped) return;
        if (code === CLOSE_SESSION_ENDED) {
            this.stopped = true;
            this.handlers.onSessionEnded();
            return;
        }
        if (code === CLOSE_ROLE_CHANGED && hadWelcome) {
            // Not a failure: the new welcome carries the new role. No wait, no warning.
            this.attempt = 0;
            this.handlers.onRoleChanged?.();
            this.open('connecting');
            return;
        }
        this.handlers.onStatus(code === CLOSE_GOING_AWAY ? 'restarting' : 'reconnecting', this.attempt);
        if (!hadWelcome && !(await this.handlers.isSignedIn())) {
            // Refused before the welcome: most likely the session is gone.
            this.stopped = true;
            this.handlers.onSessionEnded();
            return;
        }
        if (this.stopped || this.socket) return; // signed out, or reconnectNow() already ran
        const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** this.attempt);
        const delay = ceiling / 2 + Math.random() * ceiling / 2; // jitter, so restarts are not stampedes
        this.attempt += 1;
        this.retryTimer = setTimeout(() => this.open('reconnecting'), delay);
    }

    notAnswering() {
        // Do not wait for a closing handshake that a dead connection will never finish.
        const socket = this.socket;
        if (!socket) return;
        socket.close(CLOSE_NOT_ANSWERING, 'no reply');
        this.closed(socket, CLOSE_NOT_ANSWERING);
    }

    failAll() {
        for (const { reject, timer } of this.replies.values()) {
            clearTimeout(timer);
            reject(new RequestError('disconnected', 'The connection dropped.'));
        }
        this.replies.clear();
    }
}
