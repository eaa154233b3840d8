// The chips above the results: one per facet's selection ("Faction: any of A, B", "all of A, B"
// or just "A"), one per facet's exclusions ("not C"), and the date range; each removes itself.

import { rangeLabel } from './dates.js';
import { $, clear, el, show, stateLink, valueLabel } from './dom.js';
import { LIST_DIMS, withSearch } from './state.js';

export const DIM_LABELS = { faction: 'Faction', location: 'Place', country: 'Country', site: 'Site' };

// The state without any facet value, exclusion, mode or date.
export function clearedFilters(state) {
  const changes = { from: '', to: '' };
  for (const dim of LIST_DIMS) {
    changes[dim] = [];
    changes[dim + 'Not'] = [];
    changes[dim + 'Mode'] = 'any';
  }
  return withSearch(state, changes);
}

// "any of A, B" or "all of A, B" for two values or more, the value itself for one.
export function selectionText(state, dim) {
  const names = state[dim].map((v) => valueLabel(dim, v));
  if (names.length < 2) return names.join('');
  return (state[dim + 'Mode'] === 'all' ? 'all of ' : 'any of ') + names.join(', ');
}

export function drawChips(state) {
  const box = $('chips');
  clear(box);
  let count = 0;
  for (const dim of LIST_DIMS) {
    if (state[dim].length > 0) {
      box.appendChild(chip(DIM_LABELS[dim], selectionText(state, dim),
        withSearch(state, { [dim]: [], [dim + 'Mode']: 'any' })));
      count++;
    }
    const not = state[dim + 'Not'];
    if (not.length > 0) {
      box.appendChild(chip(DIM_LABELS[dim], 'not ' + not.map((v) => valueLabel(dim, v)).join(', '),
        withSearch(state, { [dim + 'Not']: [] }), 'chip-not'));
      count++;
    }
  }
  if (state.from || state.to) {
    box.appendChild(chip('Date', rangeLabel(state.from, state.to), withSearch(state, { from: '', to: '' })));
    count++;
  }
  if (count > 1) {
    box.appendChild(stateLink('chip-clear', 'Clear all', clearedFilters(state)));
  }
  show(box, count > 0);
  $('filters-toggle').textContent = count > 0 ? 'Filters (' + count + ')' : 'Filters';
}

function chip(label, value, without, extraClass) {
  const a = stateLink('chip' + (extraClass ? ' ' + extraClass : ''), null, without);
  a.appendChild(el('span', 'chip-label', label + ': '));
  a.appendChild(el('span', 'chip-value', value));
  a.appendChild(el('span', 'chip-x', '×'));
  a.setAttribute('aria-label', 'Remove filter ' + label + ' ' + value);
  a.title = 'Remove this filter';
  return a;
}
