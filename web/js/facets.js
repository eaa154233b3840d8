// The sidebar: a list of values with counts for each facet, a "more" search over all of one
// facet's values, and the years with their date inputs.

import { apiParams, getJson } from './api.js';
import { yearRange } from './dates.js';
import { $, clear, countryName, el, formatNumber, rememberCountryNames, valueLabel } from './dom.js';
import { current, navigate, withSearch } from './state.js';

const FACET_ROWS = 8; // rows shown per facet before "more"
const COUNTRY_ROWS = 5; // countries listed even when none of their places is

let pendingFocus = null; // {dim, value}: the checkbox to focus again after a re-render
const openSearches = {}; // dim -> prefix typed in its value search, while open

// The place tree's request: the search without the tree's own ticks, exclusions and modes, so that
// countries and places are counted over the same articles (see treeFacets).
export function placeTreeParams(state) {
  if (!['location', 'country'].some((d) => state[d].length > 0 || state[d + 'Not'].length > 0)) return null;
  return apiParams(Object.assign({}, state, { location: [], locationNot: [], locationMode: 'any',
    country: [], countryNot: [], countryMode: 'any' }));
}

// `tree` holds the location and country counts for the place tree: every number in it counts the
// articles that match the search and the other facets' filters, whatever is ticked in the tree
// itself, so a country never shows fewer articles than one of its places.
export function drawSidebar(state, facets, tree) {
  const aside = $('sidebar');
  clear(aside);
  aside.appendChild(facetSection('faction', 'Faction', factionRows(state, facets.faction || [])));
  const places = facets.location || [];
  if (places.some((p) => p.country)) {
    const counted = tree || facets;
    aside.appendChild(facetSection('location', 'Place',
      locationRows(state, counted.location || [], counted.country || [])));
  } else {
    // Without each place's country the two lists cannot nest, so they stand apart.
    if ((facets.country || []).length > 0 || state.country.length > 0) {
      aside.appendChild(facetSection('country', 'Country', plainRows('country', state, facets.country || [])));
    }
    aside.appendChild(facetSection('location', 'Place', plainRows('location', state, places)));
  }
  aside.appendChild(facetSection('site', 'Site', plainRows('site', state, facets.site || [])));
  aside.appendChild(yearSection(state, facets.year || []));
  if (pendingFocus) {
    const f = pendingFocus;
    const selector = f.mode ? 'button.facet-mode-button' : f.exclude ? 'button.facet-exclude' : 'input[type=checkbox]';
    const match = Array.from(aside.querySelectorAll(selector)).find((box) => box.dataset.dim === f.dim
      && (f.mode ? box.dataset.mode === f.mode : box.dataset.value === f.value));
    if (match) match.focus();
    pendingFocus = null;
  }
}

// Values the user selected or excluded stay listed even if the API left them out of its top list.
function withSelected(dim, state, values) {
  const out = values.slice();
  for (const v of state[dim].concat(state[dim + 'Not'])) {
    if (!out.some((x) => x.value === v)) out.push({ value: v, count: null });
  }
  return out.map((x) => marked(dim, state, x));
}

function marked(dim, state, v) {
  return Object.assign({}, v, { selected: state[dim].includes(v.value),
    excluded: (state[dim + 'Not'] || []).includes(v.value) });
}

// Keeps the first FACET_ROWS values plus every selected one; says whether any were left out.
function topValues(values) {
  const kept = values.filter((v, i) => i < FACET_ROWS || v.selected || v.excluded);
  return { kept: kept, more: values.length > kept.length || values.length >= FACET_ROWS };
}

function plainRows(dim, state, values) {
  const top = topValues(withSelected(dim, state, values));
  return { rows: top.kept.map((v) => ({ dim: dim, v: v, level: 0 })), more: top.more };
}

// Member groups are listed under their parent when the parent is listed too.
function factionRows(state, values) {
  const top = topValues(withSelected('faction', state, values));
  const names = new Set(top.kept.map((v) => v.value));
  const rows = [];
  for (const v of top.kept) {
    if (v.parent && names.has(v.parent)) continue;
    rows.push({ dim: 'faction', v: v, level: 0, note: v.parent ? 'part of ' + v.parent : null });
    for (const child of top.kept) {
      if (child.parent === v.value) rows.push({ dim: 'faction', v: child, level: 1 });
    }
  }
  return { rows: rows, more: top.more };
}

// Countries first, each with its places beneath; places without a listed country at the end.
function locationRows(state, places, countries) {
  const top = topValues(withSelected('location', state, places));
  const withPlaces = new Set(top.kept.map((p) => p.country));
  const countryValues = withSelected('country', state, countries)
    .filter((c, i) => i < COUNTRY_ROWS || c.selected || c.excluded || withPlaces.has(c.value));
  const rows = [];
  const placed = new Set();
  for (const c of countryValues) {
    rows.push({ dim: 'country', v: c, level: 0 });
    for (const p of top.kept) {
      if (p.country === c.value) {
        // A country named as a place in the text is its own filter, beside the whole country.
        const note = p.value === countryName(c.value) ? 'by name' : null;
        rows.push({ dim: 'location', v: p, level: 1, note: note });
        placed.add(p.value);
      }
    }
  }
  for (const p of top.kept) {
    if (!placed.has(p.value)) rows.push({ dim: 'location', v: p, level: 0 });
  }
  return { rows: rows, more: top.more };
}

function facetSection(dim, title, built) {
  const section = el('section', 'facet');
  const heading = el('h2', 'facet-title', title);
  section.appendChild(heading);
  if (current[dim] && current[dim].length >= 2) section.appendChild(modeSwitch(dim, title));
  if (built.rows.length === 0) {
    section.appendChild(el('p', 'facet-empty', 'None in these results'));
  } else {
    const list = el('ul', 'facet-values');
    for (const row of built.rows) list.appendChild(facetRow(row));
    section.appendChild(list);
  }
  if (built.more || openSearches[dim] !== undefined) section.appendChild(facetSearch(dim, title));
  return section;
}

// With two values or more ticked, articles may carry any of them (the default) or all of them.
function modeSwitch(dim, title) {
  const group = el('div', 'facet-mode');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', title + ': articles tagged with');
  for (const [mode, text] of [['any', 'any of'], ['all', 'all of']]) {
    const b = el('button', 'facet-mode-button', text);
    b.type = 'button';
    b.dataset.dim = dim;
    b.dataset.mode = mode;
    b.setAttribute('aria-pressed', String(current[dim + 'Mode'] === mode));
    b.addEventListener('click', () => {
      if (current[dim + 'Mode'] === mode) return;
      pendingFocus = { dim: dim, mode: mode };
      navigate(withSearch(current, { [dim + 'Mode']: mode }));
    });
    group.appendChild(b);
  }
  return group;
}

let rowCounter = 0;

function facetRow(row) {
  const li = el('li', 'facet-row' + (row.level > 0 ? ' child' : '') + (row.v.selected ? ' selected' : '')
    + (row.v.excluded ? ' excluded' : ''));
  const id = 'fv-' + (++rowCounter);
  const box = el('input');
  box.type = 'checkbox';
  box.id = id;
  box.checked = row.v.selected === true;
  box.dataset.dim = row.dim;
  box.dataset.value = row.v.value;
  box.addEventListener('change', () => (row.onToggle || toggleValue)(row.dim, row.v.value, box.checked));
  const label = el('label', 'facet-label');
  label.htmlFor = id;
  label.appendChild(el('span', 'facet-name', valueLabel(row.dim, row.v.value)));
  if (row.note) label.appendChild(el('span', 'facet-note', row.note));
  const count = el('span', 'facet-count', row.v.count === null || row.v.count === undefined ? '' : formatNumber(row.v.count));
  li.appendChild(box);
  li.appendChild(label);
  li.appendChild(count);
  if (current[row.dim + 'Not']) li.appendChild(excludeButton(row.dim, row.v));
  return li;
}

// "not": leaves out the articles tagged with the value; pressed again, takes it back.
function excludeButton(dim, v) {
  const b = el('button', 'facet-exclude', 'not');
  b.type = 'button';
  b.dataset.dim = dim;
  b.dataset.value = v.value;
  b.setAttribute('aria-pressed', String(v.excluded === true));
  const name = valueLabel(dim, v.value);
  b.setAttribute('aria-label', (v.excluded ? 'Stop excluding ' : 'Exclude ') + name);
  b.title = v.excluded ? 'Include ' + name + ' again' : 'Leave out articles tagged ' + name;
  b.addEventListener('click', () => {
    const not = current[dim + 'Not'].filter((x) => x !== v.value);
    if (!v.excluded) not.push(v.value);
    pendingFocus = { dim: dim, value: v.value, exclude: true };
    navigate(withSearch(current, { [dim]: current[dim].filter((x) => x !== v.value), [dim + 'Not']: not }));
  });
  return b;
}

function toggleValue(dim, value, on) {
  const values = current[dim].filter((v) => v !== value);
  if (on) values.push(value);
  pendingFocus = { dim: dim, value: value };
  const changes = { [dim]: values };
  if (current[dim + 'Not']) changes[dim + 'Not'] = current[dim + 'Not'].filter((v) => v !== value);
  navigate(withSearch(current, changes));
}

// "more": a search over all of one facet's values, through /api/facets/{dim}.
function facetSearch(dim, title) {
  const wrap = el('div', 'facet-more');
  if (openSearches[dim] === undefined) {
    const button = el('button', 'link-button', 'more…');
    button.type = 'button';
    button.setAttribute('aria-label', 'More ' + title.toLowerCase() + ' values');
    button.addEventListener('click', () => {
      openSearches[dim] = '';
      const replacement = facetSearch(dim, title);
      wrap.replaceWith(replacement);
      replacement.querySelector('input').focus();
    });
    wrap.appendChild(button);
    return wrap;
  }
  const input = el('input', 'facet-search');
  input.type = 'search';
  input.placeholder = 'Find a ' + title.toLowerCase();
  input.setAttribute('aria-label', 'Find a ' + title.toLowerCase() + ' value');
  input.value = openSearches[dim];
  const close = el('button', 'link-button', 'fewer');
  close.type = 'button';
  close.addEventListener('click', () => {
    delete openSearches[dim];
    const replacement = facetSearch(dim, title);
    wrap.replaceWith(replacement);
    replacement.querySelector('button').focus();
  });
  const list = el('ul', 'facet-values facet-found');
  list.setAttribute('aria-live', 'polite');
  const head = el('div', 'facet-more-head');
  head.appendChild(input);
  head.appendChild(close);
  wrap.appendChild(head);
  wrap.appendChild(list);
  let timer = null;
  let controller = null;
  const load = async () => {
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    const params = apiParams(current);
    if (input.value.trim()) params.set('prefix', input.value.trim());
    try {
      const data = await getJson('/api/facets/' + encodeURIComponent(dim) + '?' + params.toString(), mine);
      if (mine !== controller) return;
      clear(list);
      const values = data.values || [];
      if (dim === 'country') rememberCountryNames(values);
      if (values.length === 0) list.appendChild(el('li', 'facet-empty', 'No match'));
      for (const v of values) {
        list.appendChild(facetRow({ dim: dim, v: marked(dim, current, v), level: 0 }));
      }
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(list);
      list.appendChild(el('li', 'facet-empty error', e.message));
    }
  };
  input.addEventListener('input', () => {
    openSearches[dim] = input.value;
    clearTimeout(timer);
    timer = setTimeout(load, 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close.click();
  });
  load();
  return wrap;
}

// ---------- years: sidebar list and date inputs ----------

export function selectedYearSpan(state) {
  const f = /^(\d{4})-01-01$/.exec(state.from);
  const t = /^(\d{4})-12-31$/.exec(state.to);
  return f && t ? { first: parseInt(f[1], 10), last: parseInt(t[1], 10) } : null;
}

// Years select a span: ticking one stretches the span to cover it, unticking one at either
// end shrinks it, unticking one in the middle keeps the years before it.
function toggleYear(year, on) {
  const span = selectedYearSpan(current);
  let first;
  let last;
  if (on) {
    first = span ? Math.min(span.first, year) : year;
    last = span ? Math.max(span.last, year) : year;
  } else if (!span || span.first === span.last) {
    pendingFocus = { dim: 'year', value: String(year) };
    navigate(withSearch(current, { from: '', to: '' }));
    return;
  } else if (year === span.first) {
    first = year + 1;
    last = span.last;
  } else {
    first = span.first;
    last = year - 1;
  }
  pendingFocus = { dim: 'year', value: String(year) };
  navigate(withSearch(current, { from: yearRange(first).from, to: yearRange(last).to }));
}

function yearSection(state, years) {
  const section = el('section', 'facet');
  section.appendChild(el('h2', 'facet-title', 'Year'));
  const span = selectedYearSpan(state);
  const sorted = years.slice().sort((a, b) => b.value.localeCompare(a.value));
  if (sorted.length > 0) {
    const list = el('ul', 'facet-values');
    for (const y of sorted) {
      const year = parseInt(y.value, 10);
      const selected = span !== null && year >= span.first && year <= span.last;
      list.appendChild(facetRow({ dim: 'year', v: { value: y.value, count: y.count, selected: selected },
        level: 0, onToggle: (dim, value, on) => toggleYear(year, on) }));
    }
    section.appendChild(list);
  }
  section.appendChild(dateInputs(state));
  return section;
}

function dateInputs(state) {
  const form = el('form', 'dates');
  const field = (name, label, value) => {
    const wrap = el('label', 'date-field');
    wrap.appendChild(el('span', null, label));
    const input = el('input');
    input.type = 'date';
    input.name = name;
    input.value = value;
    wrap.appendChild(input);
    form.appendChild(wrap);
    return input;
  };
  const from = field('from', 'From', state.from);
  const to = field('to', 'To', state.to);
  const apply = el('button', null, 'Apply');
  apply.type = 'submit';
  form.appendChild(apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(withSearch(current, { from: from.value, to: to.value }));
  });
  return form;
}
