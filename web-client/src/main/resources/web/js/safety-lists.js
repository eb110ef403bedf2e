// The safety net's lists: resources (with tel:, sms: and https links), the staff's support alerts, the
// roster of who is on duty, the admins' directory editor and the risk phrases. Built from data with el();
// every text from the server or from people goes in through textContent, and links through setAttribute
// (el() does both). Buttons carry data-action and an id for the delegated listeners in safety-view.js.

import { el, reconcile, shortTime, fullTime } from './dom.js';
import { findMessage } from './state.js';
import { RESOURCE_CATEGORIES } from './safety-state.js';
import { RESOURCE_CATEGORY_LABELS, alertSourceText, alertRespondingText, ALERT_ESCALATED, onDutySince } from './words.js';

/** Longest excerpt of a matched message shown in an alert, in characters. */
const EXCERPT_CHARS = 280;

/** Resources as a list: `list` gets one `resource-item` per entry. */
export function renderResourceList(list, resources) {
    const items = resources.map((r, at) => ({ r, at })); // keyed by position: two entries may read the same
    reconcile(list, items, (x) => x.at, (x) => JSON.stringify(x.r), (x) => resourceItem(x.r));
}

/** The whole directory, grouped by category in the order it came (crisis lines first). Returns the count. */
export function renderResourceGroups(container, resources) {
    const groups = [];
    for (const r of resources) {
        const last = groups[groups.length - 1];
        if (last && last.category === r.category) last.items.push(r);
        else groups.push({ category: r.category, items: [r] });
    }
    // Keyed by position too: the admins' order may bring a kind of help back further down.
    reconcile(container, groups.map((g, at) => ({ ...g, at })), (g) => `${g.at}|${g.category}`, (g) => JSON.stringify(g.items), (g) => {
        const list = el('ul', { className: 'resource-list' });
        renderResourceList(list, g.items);
        return el('section', { className: `resource-group resource-group-${g.category}` },
            el('h2', { className: 'panel-subtitle', text: categoryHeading(g.category) }), list);
    });
    return resources.length;
}

function resourceItem(r) {
    const phone = dialable(r.phone);
    const text = dialable(r.textNumber);
    const url = typeof r.url === 'string' && r.url.startsWith('https://') ? r.url : '';
    const ways = [
        phone ? el('a', { className: 'resource-way', href: `tel:${phone}`, testid: 'resource-phone' }, `Call ${r.phone}`) : null,
        text ? el('a', { className: 'resource-way', href: `sms:${text}`, testid: 'resource-text' }, `Text ${r.textNumber}`) : null,
        url ? el('a', { className: 'resource-way', href: url, target: '_blank', rel: 'noopener noreferrer', testid: 'resource-url' },
            linkLabel(url)) : null,
    ].filter(Boolean);
    return el('li', { className: `resource resource-${r.category}`, testid: 'resource-item', 'data-category': r.category },
        el('p', { className: 'resource-name', text: r.name }),
        ways.length ? el('p', { className: 'resource-ways' }, ...ways) : null,
        r.description ? el('p', { className: 'resource-description', text: r.description }) : null);
}

/** Only what a phone dials: digits, and a leading +, * and #; '' when nothing is left. */
function dialable(number) {
    if (typeof number !== 'string') return '';
    const kept = number.replace(/[^0-9+*#]/g, '');
    return /[0-9]/.test(kept) ? kept : '';
}

function linkLabel(url) {
    try {
        return `Website: ${new URL(url).host}`;
    } catch {
        return 'Website';
    }
}

function categoryHeading(category) {
    return (RESOURCE_CATEGORY_LABELS[category] || [category])[0];
}

// --- staff: support alerts and the roster -------------------------------------------------------------

export function renderAlerts(list, alerts, s) {
    reconcile(list, alerts, (a) => a.id, (a) => [a.id, a.acknowledgedHandle, a.escalatedAt, roomName(s, a),
        Boolean(s.rooms[a.roomId]?.joined), matchedText(s, a)].join('|'), (a) => alertItem(a, s));
}

function alertItem(a, s) {
    const room = roomName(s, a);
    const text = matchedText(s, a);
    return el('li', { className: a.escalatedAt ? 'report alert escalated' : 'report alert', testid: 'alert-item',
        'data-alert-id': a.id, 'data-source': a.source, 'data-acknowledged': a.acknowledgedHandle ? 'true' : 'false' },
    el('div', { className: 'report-head' },
        el('strong', { className: 'alert-who', text: a.handle }),
        el('span', { className: 'hint', text: room ? `in ${room}` : 'not in a room' }),
        el('time', { className: 'hint', datetime: a.createdAt, title: fullTime(a.createdAt), text: shortTime(a.createdAt) }),
        a.escalatedAt ? el('span', { className: 'tag escalated-tag', testid: 'alert-escalated', title: fullTime(a.escalatedAt),
            text: ALERT_ESCALATED }) : null),
    el('p', { className: 'alert-source', text: alertSourceText(a.source) }),
    text ? el('blockquote', { className: 'quoted', testid: 'alert-message' }, el('span', { className: 'quoted-body', text })) : null,
    a.acknowledgedHandle ? el('p', { className: 'alert-responding', testid: 'alert-responding',
        text: alertRespondingText(a.acknowledgedHandle, a.acknowledgedAt) }) : null,
    el('div', { className: 'report-actions' },
        a.acknowledgedHandle ? null : el('button', { type: 'button', className: 'small primary', 'data-action': 'ack-alert',
            'data-alert-id': a.id, testid: 'ack-alert', 'data-focus-key': `ack-alert-${a.id}` }, 'I\'m responding'),
        el('button', { type: 'button', className: 'small', 'data-action': 'close-alert', 'data-alert-id': a.id,
            testid: 'close-alert', 'data-focus-key': `close-alert-${a.id}` }, 'Close with a note'),
        s.rooms[a.roomId]?.joined ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'open-room',
            'data-room-id': a.roomId, testid: 'alert-room' }, `Go to ${room}`) : null));
}

function roomName(s, a) {
    if (a.roomId === null || a.roomId === undefined) return '';
    return s.rooms[a.roomId]?.name || `room ${a.roomId}`;
}

/** For a risk phrase: the matched message's text, when this page holds it. */
function matchedText(s, a) {
    if (a.source !== 'risk_phrase' || a.roomId == null || a.seq == null) return '';
    const m = findMessage(s, a.roomId, a.seq);
    if (!m || typeof m.body !== 'string' || m.deletedAt) return '';
    return m.body.length > EXCERPT_CHARS ? `${m.body.slice(0, EXCERPT_CHARS)}…` : m.body;
}

/** Who is on duty, with their notes (staff only get notes). */
export function renderRoster(list, duty, meId) {
    reconcile(list, duty, (d) => d.userId, (d) => [d.userId, d.onSince, d.note, d.userId === meId].join('|'), (d) =>
        el('li', { className: 'duty-entry', testid: 'duty-entry', 'data-user-id': d.userId },
            el('span', { className: 'duty-who' }, el('strong', { text: d.handle }),
                d.userId === meId ? el('span', { className: 'hint', text: ' (you)' }) : null),
            el('span', { className: 'hint duty-since', text: onDutySince(d.onSince) }),
            d.note ? el('p', { className: 'duty-note-text', text: d.note }) : null));
}

// --- admins: the directory editor and the risk phrases ----------------------------------------------------

/** The draft's entries as fieldsets; kept while typed into (their key stays), numbered by position. */
export function renderResourceEditor(list, draft) {
    reconcile(list, draft.entries, (x) => `${draft.id}:${x.key}`, () => '', (x) => editorEntry(x, draft.id));
    const count = draft.entries.length;
    [...list.children].forEach((item, i) => {
        item.querySelector('.entry-number').textContent = `Entry ${i + 1}`;
        const up = item.querySelector('[data-action=move-up]');
        const down = item.querySelector('[data-action=move-down]');
        up.disabled = i === 0;
        down.disabled = i === count - 1;
        up.setAttribute('aria-label', `Move entry ${i + 1} up`);
        down.setAttribute('aria-label', `Move entry ${i + 1} down`);
        item.querySelector('[data-action=remove-resource]').setAttribute('aria-label', `Remove entry ${i + 1}`);
        for (const button of [up, down, item.querySelector('[data-action=remove-resource]')]) button.disabled ||= draft.busy;
    });
}

function editorEntry(x, draftId) {
    const id = (field) => `res-${draftId}-${x.key}-${field}`;
    const input = (field, testid, label, props = {}) => {
        const control = field === 'description'
            ? el('textarea', { id: id(field), rows: 2, maxlength: 500, testid, 'data-field': field, 'data-key': x.key, ...props })
            : el('input', { id: id(field), testid, 'data-field': field, 'data-key': x.key, autocomplete: 'off', ...props });
        control.value = x[field];
        return el('div', { className: `field field-${field}` }, el('label', { for: id(field) }, label,
            props.required ? null : el('span', { className: 'optional', text: ' (optional)' })), control);
    };
    const category = el('select', { id: id('category'), testid: 'resource-category', 'data-field': 'category', 'data-key': x.key },
        ...RESOURCE_CATEGORIES.map((c) => el('option', { value: c }, RESOURCE_CATEGORY_LABELS[c][1])));
    category.value = x.category;
    return el('li', { className: 'resource-entry', testid: 'resource-entry', 'data-entry-key': x.key },
        el('div', { className: 'entry-head' },
            el('h3', { className: 'entry-number' }),
            el('button', { type: 'button', className: 'small', 'data-action': 'move-up', 'data-key': x.key,
                testid: 'move-resource-up', 'data-focus-key': `move-up-${x.key}` }, 'Move up'),
            el('button', { type: 'button', className: 'small', 'data-action': 'move-down', 'data-key': x.key,
                testid: 'move-resource-down', 'data-focus-key': `move-down-${x.key}` }, 'Move down'),
            el('button', { type: 'button', className: 'small quiet', 'data-action': 'remove-resource', 'data-key': x.key,
                testid: 'remove-resource' }, 'Remove')),
        el('div', { className: 'entry-fields' },
            el('div', { className: 'field field-category' }, el('label', { for: id('category') }, 'Kind of help'), category),
            input('name', 'resource-name', 'Name', { maxlength: 120, required: true }),
            input('phone', 'resource-phone-input', 'Number to call', { maxlength: 40, type: 'tel' }),
            input('textNumber', 'resource-text-input', 'Number to text', { maxlength: 40, type: 'tel' }),
            input('url', 'resource-url-input', 'Link (https://…)', { type: 'url', inputmode: 'url', placeholder: 'https://' }),
            input('description', 'resource-description', 'When and for what')));
}

export function renderRiskPhrases(list, phrases, editable) {
    reconcile(list, phrases, (p) => p.toLowerCase(), (p) => [p, editable].join('|'), (p) =>
        el('li', { className: 'word-rule', testid: 'risk-phrase', 'data-phrase': p },
            el('span', { className: 'word', text: p }),
            editable ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'remove-risk-phrase',
                'data-phrase': p, testid: 'remove-risk-phrase', 'aria-label': `Remove “${p}”` }, 'Remove') : null));
}
