// The moderation actions: the message menu, the forms that ask for a reason, reports, sanctions, the
// audit trail and roles. Like main.js, every change goes through dispatch(event) into state.apply.

import { isOverseer, moderatedRooms, moderates } from './moderation-state.js';
import { sanctionDone, PURGE_HOURS } from './words.js';

/** Audit records per page. */
const AUDIT_PAGE = 50;
const DROPPED = 'The connection dropped. Please try again in a moment.';

/**
 * @param ctx.connection  the Connection
 * @param ctx.dispatch    the one path into state.apply
 * @param ctx.getState    the current state
 */
export function createModerationActions({ connection, dispatch, getState }) {
    const request = (type, fields) => connection.request(type, fields);

    function openDialog(dialog) {
        dispatch({ type: 'dialog.opened', dialog });
    }

    /** Runs the open dialog's request; closes it with a notice, or shows the server's words in it. */
    async function runDialog(call, notice) {
        dispatch({ type: 'dialog.busy' });
        try {
            const result = await call();
            dispatch({ type: 'dialog.closed', notice: typeof notice === 'function' ? notice(result) : notice });
            return result;
        } catch (error) {
            dispatch({ type: 'dialog.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
            return null;
        }
    }

    const submit = {
        remove: (d, v) => runDialog(async () => {
            const { message } = await request('message.remove', { roomId: d.roomId, seq: d.seq, reason: v.reason });
            dispatch({ type: 'message.updated', message });
        }, 'The message was removed. The room sees “Removed by a leader”.'),
        report: (d, v) => {
            const target = d.seq !== undefined ? { seq: d.seq } : { userId: d.userId };
            const fields = { roomId: d.roomId, ...target, category: v.category };
            if (v.note) fields.note = v.note;
            return runDialog(() => request('report.create', fields), 'Thank you. The room\'s leaders will look at it.');
        },
        sanction: (d, v) => {
            const fields = { roomId: d.roomId, userId: d.userId, kind: v.kind, reason: v.reason };
            if ((v.kind === 'mute' || v.kind === 'ban') && v.minutes) fields.minutes = Number(v.minutes);
            if (v.kind === 'ban' && v.purge) fields.purgeHours = PURGE_HOURS;
            return runDialog(async () => {
                const { sanction } = await request('sanction.apply', fields);
                dispatch({ type: 'sanction.applied', sanction });
                return sanction;
            }, (sanction) => `${sanctionDone(sanction)} They see your reason, not your name.`);
        },
        resolve: async (d, v) => {
            const done = await runDialog(async () => {
                await request('report.resolve', { reportId: d.reportId, outcome: d.outcome, note: v.note });
                dispatch({ type: 'report.resolved', reportId: d.reportId });
                return true;
            }, 'The report is closed. Thank you for looking after the room.');
            if (!done) loadReports(); // Perhaps another leader handled it meanwhile.
        },
        lift: (d, v) => runDialog(async () => {
            const { sanction } = await request('sanction.lift', { sanctionId: d.sanctionId, reason: v.reason });
            dispatch({ type: 'sanction.lifted', sanction }); // the event that follows refreshes the log
        }, d.kind === 'ban' ? `The ban on ${d.handle} is lifted. They may join the room again.`
            : `The mute on ${d.handle} is lifted. They can post again.`),
    };

    async function loadReports() {
        const s = getState();
        try {
            if (isOverseer(s)) {
                const { reports } = await request('reports.list', { status: 'open' });
                dispatch({ type: 'reports.loaded', reports });
                return;
            }
            const rooms = moderatedRooms(s);
            if (rooms.length === 0) dispatch({ type: 'reports.loaded', reports: [] });
            for (const room of rooms) await loadRoomReports(room.id);
        } catch (error) {
            if (error.code !== 'disconnected') dispatch({ type: 'panel.failed', message: error.message });
        }
    }

    async function loadRoomReports(roomId) {
        const { reports } = await request('reports.list', { roomId, status: 'open' });
        dispatch({ type: 'reports.loaded', roomId, reports });
    }

    async function loadAudit(fresh, action) {
        const s = getState();
        if (!s.audit || (s.panel !== 'safety' && s.panel !== 'audit')) return;
        const roomId = s.audit.roomId;
        const chosen = action === undefined ? s.audit.action : action;
        const fields = { limit: AUDIT_PAGE };
        if (roomId !== null) fields.roomId = roomId;
        if (chosen) fields.action = chosen;
        const records = fresh ? [] : s.audit.records;
        if (records.length > 0) fields.beforeId = records[records.length - 1].id;
        const ask = (s.audit.ask || 0) + 1; // a later question supersedes this one
        dispatch({ type: 'audit.loading', roomId, action: chosen, fresh, ask });
        try {
            const r = await request('audit.list', fields);
            dispatch({ type: 'audit.loaded', ask, records: r.records, hasMore: r.hasMore });
        } catch (error) {
            dispatch({ type: 'panel.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
        }
    }

    async function loadSanctions(roomId) {
        try {
            const r = await request('sanctions.list', { roomId });
            dispatch({ type: 'sanctions.loaded', roomId: r.roomId, sanctions: r.sanctions });
        } catch (error) {
            dispatch({ type: 'panel.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
        }
    }

    /** The directory, for the People view. */
    async function loadUsers() {
        try {
            const { users } = await request('users.list');
            dispatch({ type: 'users.loaded', users });
        } catch (error) {
            dispatch({ type: 'panel.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
        }
    }

    const actions = {
        toggleMenu: (seq) => dispatch({ type: 'menu.toggled', roomId: getState().openRoomId, seq }),
        closeMenu: () => dispatch({ type: 'menu.closed' }),
        askRemove: (seq) => openDialog({ form: 'remove', roomId: getState().openRoomId, seq }),
        askReport: (seq) => openDialog({ form: 'report', roomId: getState().openRoomId, seq }),
        askReportPerson: (userId, handle) => openDialog({ form: 'report', roomId: getState().openRoomId, userId, handle }),
        askSanction: (userId, handle, seq) => openDialog({ form: 'sanction', roomId: getState().openRoomId, userId, handle, seq }),
        askResolve: (reportId, outcome) => {
            const report = getState().reports[reportId];
            if (report) openDialog({ form: 'resolve', roomId: report.roomId, reportId, outcome });
        },
        askLift: (sanctionId) => {
            const s = getState();
            const sanction = (s.roomSanctions[s.openRoomId] || []).find((x) => x.id === sanctionId);
            if (sanction) openDialog({ form: 'lift', roomId: sanction.roomId, sanctionId, handle: sanction.handle, kind: sanction.kind });
        },
        closeDialog: () => dispatch({ type: 'dialog.closed' }),
        submitDialog: (values) => {
            const d = getState().dialog;
            if (d && !d.busy && submit[d.form]) submit[d.form](d, values);
        },
        dismissNotice: () => dispatch({ type: 'notice.dismissed' }),
        dismissSanction: (roomId, slot) => dispatch({ type: 'sanction.dismissed', roomId, slot }),

        showPanel: (panel) => {
            dispatch({ type: 'panel.opened', panel });
            const s = getState();
            if (panel === 'reports') loadReports();
            if (panel === 'safety') {
                loadSanctions(s.openRoomId);
                loadAudit(true);
            }
            if (panel === 'audit') loadAudit(true);
            if (panel === 'people') loadUsers();
        },
        closePanel: () => dispatch({ type: 'panel.closed' }),
        loadMoreAudit: () => {
            const a = getState().audit;
            if (a && a.hasMore && !a.loading) loadAudit(false);
        },
        filterAudit: (action) => loadAudit(true, action),
        setOrgRole: async (userId, role) => {
            try {
                await request('user.role.set', { userId, role });
                dispatch({ type: 'user.role.changed', userId, role });
                return true;
            } catch (error) {
                dispatch({ type: 'panel.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
                return false;
            }
        },
        setRoomRole: async (userId, role) => {
            try {
                await request('room.role.set', { roomId: getState().openRoomId, userId, role });
                return true; // member.updated follows for everyone in the room
            } catch (error) {
                if (error.code !== 'disconnected') dispatch({ type: 'room.failed', message: error.message });
                return false;
            }
        },
    };

    /** Called for every server event after it is applied: keeps the moderators' views current. */
    function afterEvent(event) {
        const s = getState();
        if (event.type === 'member.updated' && s.me && event.member.userId === s.me.id) {
            if (moderates(s, event.roomId) && !isOverseer(s)) loadRoomReports(event.roomId).catch(() => {});
        }
        const roomOfEvent = event.sanction?.roomId ?? event.message?.roomId;
        const touchesLog = event.type === 'sanction.applied' || event.type === 'sanction.lifted'
            || (event.type === 'message.updated' && event.message.deletedBy === 'leader');
        if (touchesLog && s.panel === 'safety' && s.audit && s.audit.roomId === roomOfEvent) loadAudit(true);
    }

    /** Other modules' forms in the same dialog: {form name: (dialog, values) => ...}. */
    function addForms(forms) {
        Object.assign(submit, forms);
    }

    return { actions, loadReports, afterEvent, openDialog, runDialog, addForms };
}
