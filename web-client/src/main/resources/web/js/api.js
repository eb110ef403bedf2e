// The HTTP calls for signing in and out, for passwords, and for the person's own data (export, deletion).
// The session cookie is HttpOnly: this page never sees it. Passwords go straight from the form to the server; nothing here keeps them.

/** A refused HTTP call; `message` is written for people and safe to show. */
export class ApiError extends Error {
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

const UNREACHABLE = 'Kinship could not be reached. Please check your connection and try again.';

async function call(method, path, body) {
    let response;
    try {
        response = await fetch(path, {
            method,
            credentials: 'same-origin',
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
    } catch {
        throw new ApiError('unreachable', UNREACHABLE);
    }
    let data = null;
    try {
        data = await response.json();
    } catch {
        // An empty or non-JSON answer: handled below by the status code.
    }
    if (!response.ok) {
        const message = data && typeof data.message === 'string' ? data.message : 'Something went wrong. Please try again.';
        throw new ApiError(data && data.code ? data.code : 'http_' + response.status, message);
    }
    return data || {};
}

/** {setupRequired, user?} */
export const status = () => call('GET', '/api/status');

/** Each returns {user} and sets the session cookie. */
export const setup = (setupCode, handle, password) => call('POST', '/api/setup', { setupCode, handle, password });
export const register = (inviteCode, handle, password) => call('POST', '/api/register', { inviteCode, handle, password });
export const login = (handle, password) => call('POST', '/api/login', { handle, password });
/** With a reset code an admin made: sets the new password and signs in here; other sign-ins end. */
export const resetPassword = (resetCode, newPassword) => call('POST', '/api/reset', { resetCode, newPassword });

/** The signed-in person's own password; their other sign-ins end, this one carries on. Returns {}. */
export const changePassword = (currentPassword, newPassword) => call('POST', '/api/password', { currentPassword, newPassword });

export const logout = () => call('POST', '/api/logout', {});

/** The privacy notice for the sign-up form: {paragraphs}, plain text written from the organisation's settings. */
export const privacyNotice = () => call('GET', '/api/privacy');

/** The person's own data (GET /api/export) as a Blob to save; the cookie goes with it. */
export async function exportData() {
    let response;
    try {
        response = await fetch('/api/export', { credentials: 'same-origin' });
    } catch {
        throw new ApiError('unreachable', UNREACHABLE);
    }
    if (!response.ok) {
        let data = null;
        try {
            data = await response.json();
        } catch {
            // No JSON error body: the status says enough.
        }
        throw new ApiError(data && data.code ? data.code : 'http_' + response.status,
            data && typeof data.message === 'string' ? data.message : 'Your data could not be downloaded just now. Please try again.');
    }
    return response.blob();
}

/** Deletes the signed-in person's own account, proved with their password. Returns {}; the cookie is cleared. */
export const deleteAccount = (password) => call('POST', '/api/account/delete', { password });
