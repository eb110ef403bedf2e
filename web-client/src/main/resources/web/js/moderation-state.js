// The moderation part of the state: roles, the person's own sanctions, and the moderators' reports,
// sanctions in force, audit pages and people. Pure, like state.js, which merges these handlers into
// its one apply(state, event). Server events keep their wire type; the page's own have names of their own.

/** Organisation roles that moderate every room (PROTOCOL.md, "Roles and moderation"). */
const OVERSEER_ROLES = new Set(['supervisor', 'admin']);
/** Room roles that moderate their room. */
const ROOM_MODERATOR_ROLES = new Set(['leader', 'co_leader']);
/** Sanction kinds that stay in force until lifted or expired (the others take effect once). */
const LASTING_KINDS = new Set(['mute', 'ban']);

export const initialModeration = Object.freeze({
    menu: null,              // {roomId, seq}: the message whose action menu is open
    dialog: null,            // the open moderation form: {id, form, roomId, seq, userId, handle, ..., busy, error}
    dialogCount: 0,          // gives each opened dialog its own id
    chatNotice: '',          // a calm one-line notice in the chat ("Thank you…")
    mySanctions: Object.freeze({}),   // roomId -> {mute, warning, removal, ended}: sanctions on this person
    reports: Object.freeze({}),       // reportId -> Report, open ones only (moderators)
    roomSanctions: Object.freeze({}), // roomId -> [Sanction] in force (moderators)
    panel: null,             // null | reports | safety | audit | people | settings | words | sessions | resources | support | alerts | directory | risks | coaching | caseload | org | referrals | review | data
    panelError: '',
    audit: null,             // {roomId (null: whole trail), action, records, hasMore, loading, ask}
    users: null,             // [UserInfo] for the People view (admins)
});

export const MODERATION_HANDLERS = {
    // --- the message menu and the moderation dialogs --------------------------------------
    'menu.toggled': (s, e) => ({
        ...s,
        menu: s.menu && s.menu.roomId === e.roomId && s.menu.seq === e.seq ? null : { roomId: e.roomId, seq: e.seq },
        editing: null,
        confirmingDelete: null,
    }),
    'menu.closed': (s) => ({ ...s, menu: null }),
    'dialog.opened': (s, e) => ({
        ...s,
        menu: null,
        dialogCount: s.dialogCount + 1,
        dialog: { ...e.dialog, id: s.dialogCount + 1, busy: false, error: '' },
    }),
    'dialog.busy': (s) => (s.dialog ? { ...s, dialog: { ...s.dialog, busy: true, error: '' } } : s),
    'dialog.failed': (s, e) => (s.dialog ? { ...s, dialog: { ...s.dialog, busy: false, error: e.message } } : s),
    'dialog.closed': (s, e) => ({ ...s, dialog: null, chatNotice: e.notice || s.chatNotice }),
    'notice.shown': (s, e) => ({ ...s, chatNotice: e.notice }),
    'notice.dismissed': (s) => ({ ...s, chatNotice: '' }),
    'role.changed': (s) => ({ ...s, chatNotice: 'Your role changed, so Kinship reconnected. The page now shows what your new role can do.' }),

    // --- sanctions: the person's own, and the moderators' list --------------------------------
    'sanction.applied': (s, e) => onSanction(s, e.sanction, false),
    'sanction.lifted': (s, e) => onSanction(s, e.sanction, true),
    /** A mute or ban that began and ended while the person was away (from `sanctions.mine`): said once, in the past. */
    'sanction.past': (s, e) => {
        const mine = { ...(s.mySanctions[e.sanction.roomId] || {}), ended: e.sanction };
        return { ...s, mySanctions: { ...s.mySanctions, [e.sanction.roomId]: mine } };
    },
    'sanction.dismissed': (s, e) => {
        const mine = { ...(s.mySanctions[e.roomId] || {}) };
        delete mine[e.slot];
        return { ...s, mySanctions: { ...s.mySanctions, [e.roomId]: mine } };
    },
    'sanctions.loaded': (s, e) => ({ ...s, roomSanctions: { ...s.roomSanctions, [e.roomId]: e.sanctions } }),

    // --- reports ---------------------------------------------------------------------------
    'reports.loaded': (s, e) => {
        const kept = e.roomId === undefined ? [] : Object.values(s.reports).filter((r) => r.roomId !== e.roomId);
        const reports = {};
        for (const r of kept.concat(e.reports.filter((r) => r.status === 'open'))) reports[r.id] = r;
        return { ...s, reports };
    },
    'report.new': (s, e) => (e.report.status === 'open'
        ? { ...s, reports: { ...s.reports, [e.report.id]: e.report } } : s),
    'report.resolved': (s, e) => {
        const reports = { ...s.reports };
        delete reports[e.reportId];
        return { ...s, reports };
    },
    'report.handled': (s) => ({ ...s, chatNotice: 'Thank you — a leader looked at your report.' }),

    // --- the panels: reports, room safety, audit trail, people -----------------------------
    'panel.opened': (s, e) => ({
        ...s,
        panel: e.panel,
        panelError: '',
        menu: null,
        sidebarOpen: false,
        audit: e.panel === 'safety' || e.panel === 'audit'
            ? { roomId: e.panel === 'safety' ? s.openRoomId : null, action: '', records: [], hasMore: false, loading: true,
                ask: s.audit ? s.audit.ask : 0 }
            : s.audit,
    }),
    'panel.closed': (s) => ({ ...s, panel: null, panelError: '' }),
    'panel.failed': (s, e) => ({ ...s, panelError: e.message, audit: s.audit && { ...s.audit, loading: false } }),
    'audit.loading': (s, e) => ({
        ...s,
        audit: { ...(s.audit || {}), roomId: e.roomId, action: e.action, loading: true, ask: e.ask,
            records: e.fresh ? [] : (s.audit?.records || []), hasMore: e.fresh ? false : Boolean(s.audit?.hasMore) },
    }),
    'audit.loaded': (s, e) => {
        if (!s.audit || s.audit.ask !== e.ask) return s; // the answer to an older question
        const seen = new Set(s.audit.records.map((r) => r.id));
        const records = s.audit.records.concat(e.records.filter((r) => !seen.has(r.id)));
        return { ...s, audit: { ...s.audit, records, hasMore: e.hasMore, loading: false } };
    },
    'users.loaded': (s, e) => ({ ...s, users: e.users }),
    'user.role.changed': (s, e) => ({
        ...s,
        users: s.users && s.users.map((u) => (u.id === e.userId ? { ...u, role: e.role } : u)),
    }),

    // --- room roles ------------------------------------------------------------------------
    'member.updated': (s, e) => {
        const members = { ...s.members, [e.roomId]: { ...(s.members[e.roomId] || {}), [e.member.userId]: e.member } };
        let next = { ...s, members };
        if (s.me && e.member.userId === s.me.id && s.rooms[e.roomId]) {
            next = { ...next, rooms: { ...s.rooms, [e.roomId]: { ...s.rooms[e.roomId], myRole: e.member.role } } };
            if (!moderates(next, e.roomId)) next = forgetModeration(next, e.roomId);
        }
        return next;
    },
};

/** A sanction event: the person's own banner, and the moderators' list of sanctions in force. */
function onSanction(s, sanction, lifted) {
    let next = s;
    if (s.me && sanction.userId === s.me.id) {
        const mine = { ...(s.mySanctions[sanction.roomId] || {}) };
        const slot = slotOf(sanction.kind);
        if (!lifted) mine[slot] = sanction;
        else if (mine[slot] && mine[slot].id === sanction.id) delete mine[slot];
        next = { ...next, mySanctions: { ...next.mySanctions, [sanction.roomId]: mine } };
    }
    const list = next.roomSanctions[sanction.roomId];
    if (list && LASTING_KINDS.has(sanction.kind)) {
        const others = list.filter((x) => x.id !== sanction.id);
        next = { ...next, roomSanctions: { ...next.roomSanctions, [sanction.roomId]: lifted ? others : [sanction, ...others] } };
    }
    return next;
}

function slotOf(kind) {
    return kind === 'mute' ? 'mute' : kind === 'warning' ? 'warning' : 'removal';
}

/** rooms.list tells whether a mute is in force on this person in each joined room. */
export function withRoomMutes(s, rooms) {
    const mySanctions = { ...s.mySanctions };
    for (const r of rooms) {
        if (!r.joined) continue;
        const mine = { ...(mySanctions[r.id] || {}) };
        if (r.mute) mine.mute = r.mute;
        else delete mine.mute;
        mySanctions[r.id] = mine;
    }
    return { ...s, mySanctions };
}

/** What the person no longer sees once they leave a room (or stop moderating it). */
export function forgetModeration(s, roomId) {
    const roomSanctions = { ...s.roomSanctions };
    delete roomSanctions[roomId];
    const reports = isOverseer(s) ? s.reports
        : Object.fromEntries(Object.entries(s.reports).filter(([, r]) => r.roomId !== roomId));
    return {
        ...s,
        roomSanctions,
        reports,
        menu: s.menu && s.menu.roomId === roomId ? null : s.menu,
        dialog: s.dialog && s.dialog.roomId === roomId ? null : s.dialog,
        panel: (s.panel === 'safety' || s.panel === 'settings') && s.openRoomId === roomId ? null : s.panel,
    };
}

/** After a new welcome: close what the person's role no longer allows. */
export function withinRole(s) {
    const moderatesOpenRoom = s.openRoomId !== null && moderates(s, s.openRoomId);
    const allowed = { reports: canSeeReports(s), safety: moderatesOpenRoom, settings: moderatesOpenRoom,
        audit: isOverseer(s), people: isAdmin(s), words: Boolean(s.me && s.me.role !== 'participant'), sessions: true,
        resources: true, support: true, alerts: Boolean(s.me && s.me.role !== 'participant'), directory: isAdmin(s),
        risks: Boolean(s.me && s.me.role !== 'participant'), coaching: Boolean(s.me && s.me.role === 'participant'),
        caseload: Boolean(s.me && s.me.role !== 'participant'), org: isAdmin(s), referrals: Boolean(s.me && s.me.role !== 'participant'),
        review: Boolean(s.me && s.me.role === 'supervisor'), data: true };
    return s.panel && !allowed[s.panel] ? { ...s, panel: null } : s;
}

// --- selectors ---------------------------------------------------------------------------------

export function isOverseer(s) {
    return Boolean(s.me && OVERSEER_ROLES.has(s.me.role));
}

export function isAdmin(s) {
    return Boolean(s.me && s.me.role === 'admin');
}

/** Whether this person moderates the room: its leader or a co-leader, or a supervisor or admin. */
export function moderates(s, roomId) {
    const room = s.rooms[roomId];
    return isOverseer(s) || Boolean(room && room.joined && ROOM_MODERATOR_ROLES.has(room.myRole));
}

/** Joined rooms this person moderates. */
export function moderatedRooms(s) {
    return Object.values(s.rooms).filter((r) => r.joined && moderates(s, r.id));
}

export function canSeeReports(s) {
    return isOverseer(s) || moderatedRooms(s).length > 0;
}

/** Whether a member is a moderator of the room (so not someone a moderator can sanction). */
export function isRoomModerator(s, roomId, userId) {
    const member = (s.members[roomId] || {})[userId];
    return Boolean(member && ROOM_MODERATOR_ROLES.has(member.role));
}

export function myMute(s, roomId) {
    return (s.mySanctions[roomId] || {}).mute || null;
}

/** Whether the person may post in the room now: a member, not an observer, not muted. */
export function canPost(s, roomId) {
    const room = s.rooms[roomId];
    return Boolean(room && room.joined && room.myRole !== 'observer' && !myMute(s, roomId));
}

export function isObserver(s, roomId) {
    return s.rooms[roomId]?.myRole === 'observer';
}

/** Open reports, newest first. */
export function openReports(s) {
    return Object.values(s.reports).sort((a, b) => b.id - a.id);
}

/** Banners about the person's own sanctions: [{roomId, slot, sanction}], the open room's first. */
export function sanctionNotices(s) {
    const out = [];
    for (const [roomId, mine] of Object.entries(s.mySanctions)) {
        for (const slot of ['removal', 'ended', 'mute', 'warning']) {
            if (mine[slot]) out.push({ roomId: Number(roomId), slot, sanction: mine[slot] });
        }
    }
    return out.sort((a, b) => (b.roomId === s.openRoomId) - (a.roomId === s.openRoomId) || a.roomId - b.roomId);
}

/**
 * Where the banners show: `away` above everything (removals and bans, and anything about a room the person
 * is not in), `here` in the open room (its mute, warning, or a mute that ended).
 */
export function sanctionBanners(s) {
    const notices = sanctionNotices(s);
    const isAway = (n) => n.slot === 'removal' || !s.rooms[n.roomId]?.joined;
    return {
        away: notices.filter(isAway),
        here: notices.filter((n) => !isAway(n) && n.roomId === s.openRoomId && s.openRoomId !== null),
    };
}

/** The ids of the person's sanctions on the page now: these have been shown. */
export function visibleSanctionIds(s) {
    const { away, here } = sanctionBanners(s);
    return away.concat(here).map((n) => n.sanction.id);
}

/**
 * Of `sanctions.mine`'s answer (newest first), what to show now: `inForce` (told like a live sanction),
 * `past` (mutes and bans that have ended), and `skip`, the ids not worth showing: already shown on this
 * device, a removal from a room the person has joined again since, an older one that a newer one of the
 * same kind in the same room replaces (as it would live), an ended mute older than a mute in force, and
 * anything older than a removal or ban in force in its room (a mute in force shows again if they rejoin).
 * `now`: milliseconds.
 */
export function missedSanctions(s, sanctions, shownIds, now) {
    const inForce = [];
    const past = [];
    const skip = [];
    const taken = new Set(); // "roomId|slot" already given to a newer sanction
    const closed = new Set(); // rooms with a newer removal or ban in force: it says what matters now
    for (const x of sanctions) {
        if (shownIds.has(x.id)) continue;
        const ended = LASTING_KINDS.has(x.kind) && (Boolean(x.liftedAt) || (Boolean(x.expiresAt) && Date.parse(x.expiresAt) <= now));
        const slot = ended ? 'ended' : slotOf(x.kind);
        const key = `${x.roomId}|${slot}`;
        if (taken.has(key) || closed.has(x.roomId) || (x.kind === 'remove' && s.rooms[x.roomId]?.joined)) {
            skip.push(x.id);
            continue;
        }
        taken.add(key);
        if (slot === 'mute') taken.add(`${x.roomId}|ended`); // a mute in force says more than an older one that ended
        if (slot === 'removal') closed.add(x.roomId);
        (ended ? past : inForce).push(x);
    }
    return { inForce: inForce.reverse(), past: past.reverse(), skip };
}
