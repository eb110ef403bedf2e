// Small DOM helpers. Text always goes in through textContent, never as markup.

/**
 * Creates an element. `props`: className, text (set as textContent), hidden, and anything else as an
 * attribute (testid is a shorthand for data-testid). Children are nodes or strings (made text nodes).
 */
export function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (name === 'className') node.className = value;
        else if (name === 'text') node.textContent = value;
        else if (name === 'testid') node.dataset.testid = value;
        else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
}

export function byId(id) {
    return document.getElementById(id);
}

/**
 * Makes `list`'s children match `items`, reusing an element while its key and signature are the same,
 * and moving as little as possible (a moved element loses focus, and a screen reader may re-read it).
 */
export function reconcile(list, items, keyOf, signatureOf, build) {
    const old = new Map();
    for (const child of list.children) old.set(child.dataset.key, child);
    const wanted = items.map((item) => {
        const key = String(keyOf(item));
        const signature = signatureOf(item);
        const existing = old.get(key);
        if (existing && existing.dataset.sig === signature) return existing;
        const node = build(item);
        node.dataset.key = key;
        node.dataset.sig = signature;
        return node;
    });
    const keep = new Set(wanted);
    for (const child of [...list.children]) {
        if (!keep.has(child)) child.remove();
    }
    let ref = list.firstElementChild;
    for (const node of wanted) {
        if (node === ref) ref = ref.nextElementSibling;
        else list.insertBefore(node, ref);
    }
}

/**
 * Copies a code shown in `codeNode` and says so in `statusNode`. Without clipboard access (plain http, or
 * refused) it selects the code for a manual copy instead.
 */
export async function copyCode(codeNode, statusNode) {
    try {
        await navigator.clipboard.writeText(codeNode.textContent);
        statusNode.textContent = 'Copied.';
    } catch {
        const range = document.createRange();
        range.selectNodeContents(codeNode);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        statusNode.textContent = 'The code is selected: press Ctrl+C (or Cmd+C) to copy it.';
    }
}

const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const DAY_AND_TIME = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const FULL = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** "14:05" today, "3 Mar, 14:05" otherwise. */
export function shortTime(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    const sameDay = date.toDateString() === new Date().toDateString();
    return (sameDay ? TIME : DAY_AND_TIME).format(date);
}

/** "3 Mar": the day only. */
export function shortDay(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : DAY.format(date);
}

export function fullTime(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : FULL.format(date);
}
