// The timeline above the hits: articles per year, or per month within one year, drawn as SVG
// bars that set the date range by click, drag or keyboard.

import { MONTHS, MONTH_NAMES, monthRange, pad2, yearRange } from './dates.js';
import { $, clear, formatNumber, show, svg } from './dom.js';
import { selectedYearSpan } from './facets.js';
import { current, LIST_DIMS, navigate, withSearch } from './state.js';

let timelineBars = null; // what the chart currently shows, for brushing and resizing
let paintedWidth = 0; // the chart box's width when last drawn
let focusAfterPaint = false; // a pick was made: focus the chart's tab stop once it is redrawn

// The year both ends of the date range fall in, when they fall in one: the timeline then shows
// that year's months.
function oneYearOf(state) {
  return state.from && state.to && state.from.slice(0, 4) === state.to.slice(0, 4)
    ? state.from.slice(0, 4) : null;
}

// The facets the page shows, the only ones the server need count: months only for one year.
export function shownFacets(state) {
  const dims = LIST_DIMS.concat(['year']);
  if (oneYearOf(state)) dims.push('month');
  return dims;
}

export function drawTimeline(state, facets) {
  const years = (facets.year || []).filter((y) => /^\d{4}$/.test(y.value));
  const months = (facets.month || []).filter((m) => /^\d{4}-\d{2}$/.test(m.value));
  const oneYear = oneYearOf(state);
  const inRange = (r) => (!state.from || r.to >= state.from) && (!state.to || r.from <= state.to);
  let bars = [];
  let caption;
  if (oneYear && months.some((m) => m.value.startsWith(oneYear + '-'))) {
    const y = parseInt(oneYear, 10);
    for (let m = 1; m <= 12; m++) {
      const value = oneYear + '-' + pad2(m);
      const found = months.find((x) => x.value === value);
      const range = monthRange(y, m);
      bars.push({ label: MONTHS[m - 1], name: MONTH_NAMES[m - 1] + ' ' + oneYear,
        count: found ? found.count : 0, range: range });
    }
    caption = 'Articles per month, ' + oneYear;
  } else if (years.length > 0 || selectedYearSpan(state)) {
    const numbers = years.map((y) => parseInt(y.value, 10));
    // The selected years stay on the axis even when they hold nothing.
    const span = selectedYearSpan(state);
    if (span) numbers.push(span.first, span.last);
    const first = Math.min.apply(null, numbers);
    const last = Math.max.apply(null, numbers);
    for (let y = first; y <= last; y++) {
      const found = years.find((x) => parseInt(x.value, 10) === y);
      bars.push({ label: String(y), name: String(y), count: found ? found.count : 0, range: yearRange(y) });
    }
    caption = 'Articles per year';
  }
  const filtered = !!(state.from || state.to);
  for (const bar of bars) bar.selected = filtered && inRange(bar.range);
  timelineBars = bars.length > 0 ? bars : null;
  $('timeline-caption').textContent = caption || '';
  $('timeline-hint').textContent = 'click or drag to pick dates';
  show($('timeline-all'), filtered);
  show($('timeline'), bars.length > 0);
  paintTimeline();
  if (focusAfterPaint) {
    focusAfterPaint = false;
    const tabStop = $('timeline-chart').querySelector('g.bar[tabindex="0"]');
    if (tabStop) tabStop.focus();
  }
}

export function paintTimeline() {
  const holder = $('timeline-chart');
  clear(holder);
  const bars = timelineBars;
  if (!bars) return;
  paintedWidth = holder.clientWidth;
  const width = Math.max(240, Math.floor(paintedWidth || 600));
  const height = 96;
  const top = 14;
  const base = 72;
  const step = Math.min(72, width / bars.length); // a few bars stay bars, not slabs
  const gap = Math.min(6, Math.max(1, step * 0.2));
  const max = Math.max(1, ...bars.map((b) => b.count));
  const chart = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
    class: 'timeline-svg', role: 'group', 'aria-label': $('timeline-caption').textContent });
  chart.appendChild(svg('line', { x1: 0, x2: step * bars.length, y1: base + 0.5, y2: base + 0.5, class: 'axis' }));
  const everyNth = Math.max(1, Math.ceil(34 / step)); // keep labels from overlapping
  // One tab stop for the whole chart; arrow keys move between bars.
  const stop = Math.max(0, bars.findIndex((b) => b.selected));
  bars.forEach((bar, i) => {
    const x = i * step;
    const h = bar.count > 0 ? Math.max(2, Math.round((bar.count / max) * (base - top))) : 0;
    const g = svg('g', { class: 'bar' + (bar.selected ? ' selected' : ''), tabindex: i === stop ? 0 : -1, role: 'button',
      'aria-label': bar.name + ': ' + bar.count + (bar.count === 1 ? ' article' : ' articles') });
    g.dataset.index = String(i);
    // A full-height transparent target keeps short bars easy to hit.
    g.appendChild(svg('rect', { x: x, y: 0, width: step, height: height, class: 'bar-hit' }));
    g.appendChild(svg('rect', { x: x + gap / 2, y: base - h, width: Math.max(1, step - gap), height: h, class: 'bar-fill' }));
    const tip = svg('title');
    tip.textContent = bar.name + ': ' + formatNumber(bar.count);
    g.appendChild(tip);
    if (bar.count > 0 && step >= 22) {
      const n = svg('text', { x: x + step / 2, y: base - h - 3, class: 'bar-count', 'text-anchor': 'middle' });
      n.textContent = formatNumber(bar.count);
      g.appendChild(n);
    }
    if (i % everyNth === 0) {
      const t = svg('text', { x: x + step / 2, y: base + 16, class: 'bar-label', 'text-anchor': 'middle' });
      t.textContent = bar.label;
      g.appendChild(t);
    }
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pickBars(i, i);
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        const next = chart.querySelector('g.bar[data-index="' + (i + (e.key === 'ArrowRight' ? 1 : -1)) + '"]');
        if (next) {
          g.setAttribute('tabindex', '-1');
          next.setAttribute('tabindex', '0');
          next.focus();
        }
      }
    });
    chart.appendChild(g);
  });
  brushable(chart, bars.length, step);
  holder.appendChild(chart);
}

// Press on one bar and release on another to pick the span between them; a click is a span of one.
function brushable(chart, count, step) {
  let start = null;
  const indexAt = (e) => {
    const box = chart.getBoundingClientRect();
    return Math.min(count - 1, Math.max(0, Math.floor((e.clientX - box.left) / step)));
  };
  const mark = (a, b) => {
    for (const g of chart.querySelectorAll('g.bar')) {
      const i = parseInt(g.dataset.index, 10);
      g.classList.toggle('brushing', a !== null && i >= Math.min(a, b) && i <= Math.max(a, b));
    }
  };
  chart.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    start = indexAt(e);
    chart.setPointerCapture(e.pointerId);
    mark(start, start);
  });
  chart.addEventListener('pointermove', (e) => {
    if (start !== null) mark(start, indexAt(e));
  });
  chart.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = indexAt(e);
    const first = start;
    start = null;
    mark(null, null);
    pickBars(first, end);
  });
  chart.addEventListener('pointercancel', () => {
    start = null;
    mark(null, null);
  });
}

function pickBars(a, b) {
  const bars = timelineBars;
  if (!bars) return;
  const first = bars[Math.min(a, b)];
  const last = bars[Math.max(a, b)];
  focusAfterPaint = true;
  navigate(withSearch(current, { from: first.range.from, to: last.range.to }));
}

// The chart is drawn in pixels for its box, so redraw it when the box changes width.
export function watchTimelineWidth() {
  let resizeTimer = null;
  new ResizeObserver(() => {
    const width = $('timeline-chart').clientWidth;
    if (width === 0 || width === paintedWidth) return;
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(paintTimeline, 100);
  }).observe($('timeline-chart'));
}
