// The safety net's actions: the resource directory (everyone reads it; admins edit it), "I need support
// now", who is on duty (staff mark themselves on and off), the staff's support alerts, and the risk
// phrases. Like main.js, every change goes through dispatch(event) into state.apply. Kinship never
// contacts emergency services by itself: these calls reach the organisation's own peer leaders only.

import { isSafetyStaff, supportActive, resourcesToSave, resourceProblem } from './safety-state.js';
import { isAdmin } from './moderation-state.js';
import { ALERT_CLOSED, DIRECTORY_SAVED, RISKS_SAVED } from './words.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';

/**
 * @param ctx.connection  the Connection
 * @param ctx.dispatch    the one path into state.apply
 * @param ctx.getState    the current state
 * @param ctx.moderation  the moderation actions' openDialog and runDialog, and addForms to handle new forms
 */
export function createSafetyActions({ connection, dispatch, getState, moderation }) {
    const request = (type, fields) => connection.request(type, fields);
    const words = (error) => (error.code === 'disconnected' ? DROPPED : error.message);

    async function loadResources() {
        dispatch({ type: 'resources.loading' });
        try {
            const { resources } = await request('resources.list');
            dispatch({ type: 'resources.loaded', resources });
        } catch (error) {
            dispatch({ type: 'resources.failed', message: words(error) });
        }
    }

    async function loadDuty() {
        try {
            const { onDuty } = await request('duty.list');
            dispatch({ type: 'duty.loaded', onDuty });
        } catch {
            // Asked again after the next reconnect; duty.changed keeps it current meanwhile.
        }
    }

    async function loadAlerts() {
        if (!isSafetyStaff(getState())) return;
        try {
            const { alerts } = await request('support.list', { openOnly: true });
            dispatch({ type: 'alerts.loaded', alerts });
        } catch (error) {
            if (getState().panel === 'alerts') dispatch({ type: 'panel.failed', message: words(error) });
        }
    }

    async function loadRisks(notice) {
        try {
            const { phrases } = await request('risks.list');
            dispatch({ type: 'risks.loaded', phrases, notice });
        } catch (error) {
            dispatch({ type: 'risks.failed', message: words(error) });
        }
    }

    /** Alerts the peer leaders; the crisis lines come back in the reply and are shown at once. */
    async function sendRequest() {
        const s = getState();
        const room = s.rooms[s.openRoomId];
        dispatch({ type: 'support.asking' });
        try {
            const { alert, crisisLines } = await request('support.request', room && room.joined ? { roomId: room.id } : {});
            dispatch({ type: 'support.requested', alert, crisisLines });
        } catch (error) {
            dispatch({ type: 'support.failed', message: words(error) });
            if (getState().resources === null) loadResources(); // the crisis lines, even so
        }
    }

    moderation.addForms({
        closeAlert: (d, v) => moderation.runDialog(async () => {
            await request('support.close', { alertId: d.alertId, note: v.note });
            dispatch({ type: 'alert.done', alertId: d.alertId });
        }, ALERT_CLOSED),
    });

    const actions = {
        openHelp: () => {
            dispatch({ type: 'panel.opened', panel: 'resources' });
            loadResources();
        },
        /** Asks for support, unless a request is still being looked after: then it shows it again. */
        askSupport: () => {
            dispatch({ type: 'panel.opened', panel: 'support' });
            if (!supportActive(getState())) sendRequest();
        },
        askSupportAgain: () => sendRequest(),
        showSupport: () => dispatch({ type: 'panel.opened', panel: 'support' }),
        dismissSupport: () => dispatch({ type: 'support.dismissed' }),
        dismissOffered: () => dispatch({ type: 'offered.dismissed' }),

        setDuty: async (onDuty, note) => {
            dispatch({ type: 'duty.busy' });
            try {
                const { onDuty: roster } = await request('duty.set', note ? { onDuty, note } : { onDuty });
                dispatch({ type: 'duty.loaded', onDuty: roster });
            } catch (error) {
                dispatch({ type: 'duty.failed', message: words(error) });
            }
        },

        openAlerts: () => {
            dispatch({ type: 'panel.opened', panel: 'alerts' });
            loadAlerts();
        },
        ackAlert: async (alertId) => {
            try {
                await request('support.ack', { alertId }); // support.updated follows, to everyone it reached
            } catch (error) {
                dispatch({ type: 'panel.failed', message: words(error) });
                loadAlerts(); // someone else got there first, or it was closed
            }
        },
        askCloseAlert: (alertId) => {
            const alert = getState().alerts[alertId];
            if (alert) moderation.openDialog({ form: 'closeAlert', alertId, handle: alert.handle });
        },

        openDirectory: async () => {
            dispatch({ type: 'panel.opened', panel: 'directory' });
            await loadResources();
            if (getState().panel === 'directory') dispatch({ type: 'resources.editing' });
        },
        addResource: () => dispatch({ type: 'resource.added' }),
        removeResource: (key) => dispatch({ type: 'resource.removed', key }),
        moveResource: (key, by) => dispatch({ type: 'resource.moved', key, by }),
        editResource: (key, field, value) => dispatch({ type: 'resource.edited', key, field, value }),
        saveResources: async () => {
            const s = getState();
            if (!s.resourceDraft || s.resourceDraft.busy || !isAdmin(s)) return;
            const problem = resourceProblem(s);
            if (problem) {
                dispatch({ type: 'resources.save.failed', message: problem });
                return;
            }
            dispatch({ type: 'resources.saving' });
            try {
                const { resources } = await request('resources.set', { resources: resourcesToSave(s) });
                dispatch({ type: 'resources.saved', resources, notice: DIRECTORY_SAVED });
            } catch (error) {
                dispatch({ type: 'resources.save.failed', message: words(error) });
            }
        },

        openRisks: () => {
            dispatch({ type: 'panel.opened', panel: 'risks' });
            loadRisks('');
        },
        addRisk: (phrase) => dispatch({ type: 'risk.added', phrase }),
        removeRisk: (phrase) => dispatch({ type: 'risk.removed', phrase }),
        saveRisks: async () => {
            const risks = getState().risks;
            if (!risks || risks.busy) return;
            dispatch({ type: 'risks.busy' });
            try {
                const { phrases } = await request('risks.set', { phrases: risks.draft });
                dispatch({ type: 'risks.loaded', phrases, notice: RISKS_SAVED });
            } catch (error) {
                dispatch({ type: 'risks.failed', message: words(error) });
            }
        },
    };

    /** After every welcome: who is on duty, and for staff the open alerts (and an open panel's data). */
    function afterSync() {
        const s = getState();
        loadDuty();
        loadAlerts();
        if (s.panel === 'resources') loadResources();
    }

    return { actions, afterSync };
}
