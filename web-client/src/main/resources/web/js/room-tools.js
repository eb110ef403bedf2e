// The actions for running rooms and for the person's own boundaries: room settings, guidelines, pins,
// join requests, blocks, staff-only details, the word list and invites. Like main.js and moderation.js,
// every change goes through dispatch(event) into state.apply.

import { changedSettings, closedModeratedRooms, missingPins, settingsOf } from './room-state.js';
import { moderates } from './moderation-state.js';
import { PROFILE_SAVED, blockedNotice, unblockedNotice } from './words.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';

/**
 * @param ctx.connection   the Connection
 * @param ctx.dispatch     the one path into state.apply
 * @param ctx.getState     the current state
 * @param ctx.moderation   the moderation actions' openDialog and runDialog, and addForms to handle new forms
 * @param ctx.rooms        {refresh(), resume(cursors), open(roomId)} from main.js
 */
export function createRoomActions({ connection, dispatch, getState, moderation, rooms }) {
    const request = (type, fields) => connection.request(type, fields);
    const asked = new Set(); // "roomId:seq" of pinned messages already asked for

    function failed(type) {
        return (error) => {
            dispatch({ type, message: error.code === 'disconnected' ? DROPPED : error.message });
            return null;
        };
    }

    async function updateRoom(roomId, changes, notice) {
        const { room } = await request('room.update', { roomId, ...changes });
        dispatch({ type: 'room.saved', room, notice });
        return room;
    }

    async function loadJoinRequests(roomId) {
        try {
            const r = await request('room.requests.list', { roomId });
            dispatch({ type: 'join.requests.loaded', roomId: r.roomId, requests: r.requests });
        } catch {
            // Shown again when the settings panel opens, or when the next request arrives.
        }
    }

    /** Fetches pinned messages the client holds nowhere, one history request each. */
    function loadPins(roomId) {
        const s = getState();
        if (!s.rooms[roomId]?.joined) return;
        for (const seq of missingPins(s, roomId)) {
            const key = `${roomId}:${seq}`;
            if (asked.has(key)) continue;
            asked.add(key);
            request('history', { roomId, beforeSeq: seq + 1, limit: 1 })
                .then((r) => dispatch({ type: 'pins.loaded', roomId, messages: r.messages.filter((m) => m.seq === seq) }))
                .catch(() => asked.delete(key)); // Asked again on the next open or change.
        }
    }

    async function loadBlocks() {
        try {
            const { blocked } = await request('blocks.list');
            dispatch({ type: 'blocks.loaded', blocked });
        } catch {
            // Asked again after the next reconnect.
        }
    }

    async function loadWords(notice) {
        try {
            const { rules } = await request('words.list');
            dispatch({ type: 'words.loaded', rules, notice });
        } catch (error) {
            failed('words.failed')(error);
        }
    }

    async function loadInvites() {
        try {
            const { invites } = await request('invites.list');
            dispatch({ type: 'invites.loaded', invites });
        } catch (error) {
            failed('admin.failed')(error);
        }
    }

    moderation.addForms({
        archive: (d) => moderation.runDialog(() => updateRoom(d.roomId, d.changes, 'Saved. The room is archived.'),
            'The room is archived: it has left the room list, and members can still read it.'),
        profile: (d, v) => {
            const fields = { userId: d.userId };
            if (v.realName) fields.realName = v.realName;
            if (v.contactNote) fields.contactNote = v.contactNote;
            return moderation.runDialog(() => request('user.profile.set', fields), PROFILE_SAVED);
        },
    });

    const actions = {
        openSettings: () => {
            const roomId = getState().openRoomId;
            dispatch({ type: 'panel.opened', panel: 'settings' });
            loadJoinRequests(roomId);
        },
        /** `form`: every field of the settings form, `shown`: what it was filled with; only changes are sent. Archiving asks first. */
        saveSettings: async (form, shown) => {
            const s = getState();
            const room = s.rooms[s.openRoomId];
            if (!room) return;
            const changes = changedSettings(shown, form);
            if (Object.keys(changes).length === 0) {
                dispatch({ type: 'room.saved', room, notice: 'Nothing has changed.' });
            } else if (changes.archived === true) {
                moderation.openDialog({ form: 'archive', roomId: room.id, roomName: room.name, changes });
            } else {
                await updateRoom(room.id, changes, 'Saved. Everyone sees the change now.').catch(failed('panel.failed'));
            }
        },
        clearSettingsNotice: () => dispatch({ type: 'settings.notice.cleared' }),
        decideJoin: async (roomId, userId, approve) => {
            try {
                await request('room.request.decide', { roomId, userId, approve });
                dispatch({ type: 'join.request.done', roomId, userId });
            } catch (error) {
                if (error.code === 'not_found') dispatch({ type: 'join.request.done', roomId, userId });
                failed('panel.failed')(error);
            }
        },
        acceptGuidelines: async (roomId) => {
            const version = settingsOf(getState().rooms[roomId]).guidelinesVersion;
            try {
                await request('room.guidelines.accept', { roomId, version });
                dispatch({ type: 'guidelines.accepted', roomId, version });
            } catch (error) {
                failed('room.failed')(error);
                if (error.code === 'invalid_request') rooms.refresh(); // They changed meanwhile: show the new text.
            }
        },
        toggleGuidelines: (roomId) => dispatch({ type: 'guidelines.toggled', roomId }),
        pin: (seq, pinned) => {
            const roomId = getState().openRoomId;
            dispatch({ type: 'menu.closed' });
            request('message.pin', { roomId, seq, pinned }).catch(failed('room.failed')); // room.updated follows
        },
        block: async (userId, handle) => {
            dispatch({ type: 'menu.closed' });
            try {
                const { blocked } = await request('user.block', { userId });
                dispatch({ type: 'blocks.loaded', blocked });
                dispatch({ type: 'notice.shown', notice: blockedNotice(handle) });
            } catch (error) {
                failed('room.failed')(error);
            }
        },
        unblock: async (userId, handle) => {
            dispatch({ type: 'menu.closed' });
            try {
                const { blocked } = await request('user.unblock', { userId });
                dispatch({ type: 'blocks.loaded', blocked });
                dispatch({ type: 'notice.shown', notice: unblockedNotice(handle) });
            } catch (error) {
                failed('room.failed')(error);
            }
        },
        revealBlocked: (seq) => dispatch({ type: 'blocked.revealed', roomId: getState().openRoomId, seq }),
        /** Staff only; the read is recorded, so it happens only when someone asks for it. */
        showProfile: async (userId, handle) => {
            try {
                const r = await request('user.profile.get', { userId });
                moderation.openDialog({ form: 'profile', userId, handle: r.user.handle || handle,
                    realName: r.realName || '', contactNote: r.contactNote || '' });
            } catch (error) {
                failed(getState().panel ? 'panel.failed' : 'room.failed')(error);
            }
        },
        openWords: () => {
            dispatch({ type: 'panel.opened', panel: 'words' });
            loadWords('');
        },
        addWord: (word, action) => dispatch({ type: 'word.added', word, action }),
        removeWord: (word) => dispatch({ type: 'word.removed', word }),
        setWordAction: (word, action) => dispatch({ type: 'word.action.set', word, action }),
        saveWords: async () => {
            const words = getState().words;
            if (!words || words.busy) return;
            dispatch({ type: 'words.busy' });
            try {
                const { rules } = await request('words.set', { rules: words.draft.map(({ word, action }) => ({ word, action })) });
                dispatch({ type: 'words.loaded', rules, notice: 'Saved. The list applies from the next message on.' });
            } catch (error) {
                failed('words.failed')(error);
            }
        },
        loadInvites,
        revokeInvite: async (inviteId) => {
            dispatch({ type: 'admin.cleared' });
            try {
                await request('invite.revoke', { inviteId });
            } catch (error) {
                failed('admin.failed')(error);
            }
            loadInvites();
        },
    };

    /** After every welcome: the person's blocks, waiting join requests, pins of the open room. */
    function afterSync() {
        const s = getState();
        loadBlocks();
        for (const room of closedModeratedRooms(s)) loadJoinRequests(room.id);
        if (s.openRoomId !== null) loadPins(s.openRoomId);
        if (s.invites) loadInvites();
    }

    /** Called for every server event after it is applied. */
    async function afterEvent(event) {
        const s = getState();
        if (event.type === 'room.updated') {
            const room = s.rooms[event.roomId];
            if (!room && !event.settings.archived) rooms.refresh(); // opened, or back from the archive
            else if (room && room.joined) loadPins(event.roomId);
        } else if (event.type === 'join.decided' && event.approved) {
            try {
                await rooms.refresh();
                await rooms.resume([{ roomId: event.roomId, afterSeq: 0, afterRev: 0 }]);
                rooms.open(event.roomId);
            } catch (error) {
                failed('room.failed')(error);
            }
        } else if (event.type === 'member.updated' && s.me && event.member.userId === s.me.id && moderates(s, event.roomId)
                && settingsOf(s.rooms[event.roomId]).visibility === 'closed') {
            loadJoinRequests(event.roomId);
        }
    }

    return { actions, afterSync, afterEvent, loadPins };
}
