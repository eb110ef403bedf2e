// The safety net, as the client holds it: the resource directory, who is on duty, the person's own
// request for support (and the crisis lines offered after a risk phrase), the staff's open support alerts,
// and the admins' drafts of the directory and the risk phrases. Pure, like state.js, which merges these
// handlers into its one apply(state, event). Server events keep their wire type ("duty.changed",
// "support.alert", "support.updated", "support.offered"); the page's own have names of their own.

/** Organisation roles that are staff: they go on duty and answer alerts (PROTOCOL.md, "The safety net"). */
const STAFF_ROLES = new Set(['peer_leader', 'supervisor', 'admin']);

/** Resource categories, in the order the editor offers them (wire names; words.js has their labels). */
export const RESOURCE_CATEGORIES = ['crisis', 'treatment', 'housing', 'employment', 'harm_reduction', 'other'];

const EMPTY_RESOURCE = Object.freeze({ category: 'other', name: '', phone: '', textNumber: '', url: '', description: '' });
const RESOURCE_FIELDS = ['category', 'name', 'phone', 'textNumber', 'url', 'description'];

export const initialSafety = Object.freeze({
    resources: null,        // [Resource] from resources.list / resources.set, crisis lines first; null until asked
    resourcesLoading: false,
    duty: null,             // [DutyEntry] on duty now, longest first; null until duty.list answers
    dutyBusy: false,
    dutyError: '',
    support: null,          // the person's own request: {status, alert, crisisLines, error}; status: asking | open | acknowledged | closed | failed
    offered: null,          // {crisisLines, n}: crisis lines offered privately after a risk phrase, until put away
    alerts: Object.freeze({}), // alertId -> SupportAlert, open ones (staff)
    resourceDraft: null,    // {id, entries: [{key, ...Resource}], nextKey, busy, error, notice, changed} (admins)
    risks: null,            // {phrases (as stored), draft, busy, error, notice} (staff read, admins change)
});

export const SAFETY_HANDLERS = {
    // --- the directory ------------------------------------------------------------------------
    'resources.loading': (s) => ({ ...s, resourcesLoading: true }),
    'resources.loaded': (s, e) => ({ ...s, resources: e.resources, resourcesLoading: false }),
    'resources.failed': (s, e) => ({ ...s, resourcesLoading: false, panelError: e.message }),

    // --- on duty ------------------------------------------------------------------------------
    'duty.loaded': (s, e) => ({ ...s, duty: e.onDuty, dutyBusy: false, dutyError: '' }),
    'duty.changed': (s, e) => ({ ...s, duty: e.onDuty }),
    'duty.busy': (s) => ({ ...s, dutyBusy: true, dutyError: '' }),
    'duty.failed': (s, e) => ({ ...s, dutyBusy: false, dutyError: e.message }),

    // --- the person's own request ----------------------------------------------------------------
    /** Asking: the support panel shows the crisis lines, so lines offered earlier are put away. */
    'support.asking': (s) => ({
        ...s,
        offered: null,
        support: { status: 'asking', alert: null, crisisLines: s.support?.crisisLines || crisisOf(s.resources), error: '' },
    }),
    'support.requested': (s, e) => ({
        ...s,
        support: { status: 'open', alert: e.alert, crisisLines: e.crisisLines || [], error: '' },
    }),
    'support.failed': (s, e) => ({
        ...s,
        support: { ...(s.support || { alert: null, crisisLines: crisisOf(s.resources) }), status: 'failed', error: e.message },
    }),
    'support.dismissed': (s) => ({ ...s, support: null }),
    'support.offered': (s, e) => ({ ...s, offered: { crisisLines: e.crisisLines || [], n: (s.offered?.n || 0) + 1 } }),
    'offered.dismissed': (s) => ({ ...s, offered: null }),

    // --- alerts: staff see them; the person hears when someone responds or closes -------------------
    'alerts.loaded': (s, e) => {
        const alerts = {};
        for (const a of e.alerts) if (!a.closedAt) alerts[a.id] = a;
        return { ...s, alerts };
    },
    'support.alert': (s, e) => (isSafetyStaff(s) && !e.alert.closedAt ? { ...s, alerts: { ...s.alerts, [e.alert.id]: e.alert } } : s),
    'support.updated': (s, e) => {
        let next = s;
        const a = e.alert;
        if (isSafetyStaff(s)) {
            const alerts = { ...s.alerts };
            if (a.closedAt) delete alerts[a.id];
            else alerts[a.id] = { ...(alerts[a.id] || {}), ...a };
            next = { ...next, alerts };
        }
        if (s.me && a.userId === s.me.id) {
            const known = s.support && s.support.alert && s.support.alert.id === a.id ? s.support : null;
            const status = a.closedAt ? 'closed' : a.acknowledgedHandle ? 'acknowledged' : 'open';
            // An alert from a risk phrase the person did not ask about: they learn of it only once a leader responds.
            if (!known && status === 'open') return next;
            next = {
                ...next,
                support: { status, alert: a, crisisLines: known ? known.crisisLines : next.offered?.crisisLines || crisisOf(s.resources), error: '' },
            };
        }
        return next;
    },
    'alert.done': (s, e) => {
        const alerts = { ...s.alerts };
        delete alerts[e.alertId];
        return { ...s, alerts };
    },

    // --- admins: the directory (a draft until saved) ---------------------------------------------
    'resources.editing': (s) => ({ ...s, resourceDraft: draftOf(s, s.resources || [], '') }),
    'resource.added': (s) => editResources(s, (d) => ({
        ...d, entries: d.entries.concat([{ ...EMPTY_RESOURCE, key: d.nextKey }]), nextKey: d.nextKey + 1,
    })),
    'resource.removed': (s, e) => editResources(s, (d) => ({ ...d, entries: d.entries.filter((x) => x.key !== e.key) })),
    'resource.moved': (s, e) => editResources(s, (d) => {
        const from = d.entries.findIndex((x) => x.key === e.key);
        const to = from + e.by;
        if (from < 0 || to < 0 || to >= d.entries.length) return d;
        const entries = d.entries.slice();
        [entries[from], entries[to]] = [entries[to], entries[from]];
        return { ...d, entries };
    }),
    'resource.edited': (s, e) => editResources(s, (d) => ({
        ...d,
        entries: d.entries.map((x) => (x.key === e.key && RESOURCE_FIELDS.includes(e.field) ? { ...x, [e.field]: e.value } : x)),
    })),
    'resources.saving': (s) => (s.resourceDraft ? { ...s, resourceDraft: { ...s.resourceDraft, busy: true, error: '', notice: '' } } : s),
    'resources.saved': (s, e) => ({ ...s, resources: e.resources, resourceDraft: draftOf(s, e.resources, e.notice) }),
    'resources.save.failed': (s, e) => (s.resourceDraft
        ? { ...s, resourceDraft: { ...s.resourceDraft, busy: false, error: e.message, notice: '' } } : s),

    // --- risk phrases (a draft until saved) ---------------------------------------------------------
    'risks.loaded': (s, e) => ({ ...s, risks: { phrases: e.phrases, draft: e.phrases, busy: false, error: '', notice: e.notice || '' } }),
    'risks.busy': (s) => (s.risks ? { ...s, risks: { ...s.risks, busy: true, error: '', notice: '' } } : s),
    'risks.failed': (s, e) => ({ ...s, risks: { ...(s.risks || { phrases: [], draft: [] }), busy: false, error: e.message, notice: '' } }),
    'risk.added': (s, e) => {
        const risks = s.risks || { phrases: [], draft: [], busy: false, error: '', notice: '' };
        const phrase = e.phrase.trim();
        if (phrase === '') return s;
        if (risks.draft.some((p) => p.toLowerCase() === phrase.toLowerCase())) {
            return { ...s, risks: { ...risks, error: `“${phrase}” is on the list already.`, notice: '' } };
        }
        const draft = risks.draft.concat([phrase]).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
        return { ...s, risks: { ...risks, draft, error: '', notice: '' } };
    },
    'risk.removed': (s, e) => (s.risks
        ? { ...s, risks: { ...s.risks, draft: s.risks.draft.filter((p) => p !== e.phrase), error: '', notice: '' } } : s),
};

/**
 * What some events also mean here, after the other modules' handlers: a new role (welcome) may end staff
 * views, and signing out forgets everything (state.js starts again from its initial state).
 */
export const SAFETY_FOLLOW_UPS = {
    'welcome': (s) => (isSafetyStaff(s) ? s : { ...s, alerts: {}, risks: null }),
};

/** A fresh draft; its `id` changes each time, so the page builds its fields again from it. */
function draftOf(s, resources, notice) {
    return {
        id: (s.resourceDraft ? s.resourceDraft.id : 0) + 1,
        entries: resources.map((r, i) => ({ ...EMPTY_RESOURCE, ...blankNulls(r), key: i + 1 })),
        nextKey: resources.length + 1, busy: false, error: '', notice, changed: false,
    };
}

function blankNulls(r) {
    return Object.fromEntries(RESOURCE_FIELDS.map((f) => [f, r[f] == null ? EMPTY_RESOURCE[f] : r[f]]));
}

function editResources(s, change) {
    if (!s.resourceDraft) return s;
    return { ...s, resourceDraft: { ...change(s.resourceDraft), error: '', notice: '', changed: true } };
}

function crisisOf(resources) {
    return (resources || []).filter((r) => r.category === 'crisis');
}

// --- selectors ---------------------------------------------------------------------------------

export function isSafetyStaff(s) {
    return Boolean(s.me && STAFF_ROLES.has(s.me.role));
}

/** Open alerts, newest first. */
export function openAlerts(s) {
    return Object.values(s.alerts).sort((a, b) => b.id - a.id);
}

/** Open alerts nobody has responded to yet: what the badge counts. */
export function waitingAlerts(s) {
    return openAlerts(s).filter((a) => !a.acknowledgedHandle);
}

/** This person's entry on the roster, or null. */
export function myDuty(s) {
    return (s.duty || []).find((d) => s.me && d.userId === s.me.id) || null;
}

/** Whether a request for support is still being looked after (asked, not yet closed). */
export function supportActive(s) {
    return Boolean(s.support && (s.support.status === 'asking' || s.support.status === 'open' || s.support.status === 'acknowledged'));
}

/** The admins' draft as `resources.set` takes it: every field, trimmed; empty optional fields left out. */
export function resourcesToSave(s) {
    return (s.resourceDraft ? s.resourceDraft.entries : []).map((x) => {
        const r = { category: x.category, name: x.name.trim() };
        for (const f of ['phone', 'textNumber', 'url', 'description']) if (x[f].trim() !== '') r[f] = x[f].trim();
        return r;
    });
}

/**
 * What is wrong with the draft before it is sent, or null: the first entry without a name, or with a link
 * that does not start with https:// (the server checks again and its words are shown).
 */
export function resourceProblem(s) {
    const entries = s.resourceDraft ? s.resourceDraft.entries : [];
    const at = (i) => `Entry ${i + 1}`;
    for (let i = 0; i < entries.length; i += 1) {
        const x = entries[i];
        if (x.name.trim() === '') return `${at(i)} needs a name.`;
        if (x.url.trim() !== '' && !x.url.trim().startsWith('https://')) return `${at(i)}: a link starts with https://.`;
    }
    if (!entries.some((x) => x.category === 'crisis')) {
        return 'Keep at least one crisis line: it is what a person sees first when they ask for support.';
    }
    return null;
}
