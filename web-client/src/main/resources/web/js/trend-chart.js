// A small inline SVG of the last 30 days of check-ins: mood (1 to 5) above, craving (0 to 10) below, on
// one shared row of days. Drawn with createElementNS and textContent only; each series has its own
// shape and line style as well as its colour, and a table with the same numbers follows for screen
// readers and for anyone who prefers numbers.

import { el } from './dom.js';
import { moodWord, chartSummary, dayLabel } from './coaching-words.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Drawing units (the SVG scales to its box). */
const WIDTH = 480;
const BAND = 80;        // height of each series' band
const GAP = 44;         // between the bands, for the second label
const LEFT = 30;        // room for the scale's numbers
const TOP = 28;
const DAYS = 30;
const DAY_MS = 86_400_000;

/** Fills `box` with the chart, its summary and its table. `trend` is a CheckinsResult; `named`: say whose. */
export function renderTrend(box, trend, named = false) {
    box.replaceChildren();
    if (!trend) return;
    const latest = trend.checkins.length ? trend.checkins[trend.checkins.length - 1].day : trend.today;
    const days = dayRange(latest > trend.today ? latest : trend.today); // a day recorded ahead of the server's UTC date
    const byDay = new Map(trend.checkins.map((c) => [c.day, c]));
    const step = (WIDTH - LEFT - 8) / (DAYS - 1);
    const x = (i) => LEFT + i * step;
    const height = TOP + BAND + GAP + BAND + 18;
    const svg = svgEl('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'trend-chart', role: 'img', 'aria-labelledby': `${box.id}-summary` });
    const moodTop = TOP;
    const cravingTop = TOP + BAND + GAP;
    band(svg, moodTop, 'Mood', [1, 3, 5], (v) => moodTop + BAND - ((v - 1) / 4) * BAND);
    band(svg, cravingTop, 'Craving', [0, 5, 10], (v) => cravingTop + BAND - (v / 10) * BAND);
    series(svg, days, byDay, x, (c) => moodTop + BAND - ((c.mood - 1) / 4) * BAND, 'mood');
    series(svg, days, byDay, x, (c) => cravingTop + BAND - (c.craving / 10) * BAND, 'craving');
    const axis = svgEl('text', { x: LEFT, y: height - 4, class: 'trend-axis' });
    axis.textContent = dayLabel(days[0]);
    const axisEnd = svgEl('text', { x: WIDTH - 8, y: height - 4, class: 'trend-axis', 'text-anchor': 'end' });
    axisEnd.textContent = 'Today';
    svg.append(axis, axisEnd);
    box.append(
        el('p', { id: `${box.id}-summary`, className: 'trend-summary', testid: 'trend-summary', text: `${named && trend.handle ? `${trend.handle}: ` : ''}${chartSummary(trend)}` }),
        svg,
        el('p', { className: 'trend-legend hint', 'aria-hidden': 'true' },
            el('span', { className: 'legend-mood', text: '● solid line: mood, 1 (very low) to 5 (very good)' }),
            el('span', { className: 'legend-craving', text: '■ dashed line: craving, 0 (none) to 10 (overwhelming)' })),
        table(trend));
}

function band(svg, top, label, ticks, y) {
    const title = svgEl('text', { x: LEFT, y: top - 12, class: 'trend-label' });
    title.textContent = label;
    svg.append(title);
    for (const t of ticks) {
        svg.append(svgEl('line', { x1: LEFT, x2: WIDTH - 8, y1: y(t), y2: y(t), class: 'trend-grid' }));
        const n = svgEl('text', { x: LEFT - 6, y: y(t) + 4, class: 'trend-tick', 'text-anchor': 'end' });
        n.textContent = String(t);
        svg.append(n);
    }
}

/** One series: a line through consecutive days that have a check-in (a missed day breaks it), and a mark on each. */
function series(svg, days, byDay, x, y, kind) {
    let run = [];
    const flush = () => {
        if (run.length > 1) svg.append(svgEl('polyline', { points: run.join(' '), class: `trend-line ${kind}` }));
        run = [];
    };
    days.forEach((day, i) => {
        const c = byDay.get(day);
        if (!c) {
            flush();
            return;
        }
        const px = x(i).toFixed(1);
        const py = y(c).toFixed(1);
        run.push(`${px},${py}`);
        svg.append(kind === 'mood'
            ? svgEl('circle', { cx: px, cy: py, r: 3.2, class: `trend-mark ${kind}` })
            : svgEl('rect', { x: (x(i) - 3).toFixed(1), y: (y(c) - 3).toFixed(1), width: 6, height: 6, class: `trend-mark ${kind}` }));
    });
    flush();
}

function table(trend) {
    const rows = trend.checkins.slice().reverse().map((c) => el('tr', {},
        el('th', { scope: 'row', text: dayLabel(c.day) }),
        el('td', { text: `${c.mood} · ${moodWord(c.mood)}` }),
        el('td', { text: String(c.craving) }),
        el('td', { className: 'trend-note', text: c.note || '' })));
    return el('details', { className: 'trend-table' },
        el('summary', { text: 'Show as a table' }),
        rows.length === 0 ? el('p', { className: 'hint', text: 'Nothing yet.' }) : el('table', {},
            el('thead', {}, el('tr', {},
                el('th', { scope: 'col', text: 'Day' }), el('th', { scope: 'col', text: 'Mood' }),
                el('th', { scope: 'col', text: 'Craving' }), el('th', { scope: 'col', text: 'Note' }))),
            el('tbody', {}, ...rows)));
}

/** The 30 days ending today, as YYYY-MM-DD, oldest first. */
function dayRange(today) {
    const end = Date.parse(`${today}T00:00:00Z`);
    const days = [];
    for (let i = DAYS - 1; i >= 0; i -= 1) days.push(new Date(end - i * DAY_MS).toISOString().slice(0, 10));
    return days;
}

function svgEl(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
}
