// The page's state and its query string. Every bit of state lives in the URL, so a view is a
// link and back/forward just re-render. The state shown is `current`, which only this module
// assigns.

export const LIST_DIMS = ['faction', 'location', 'country', 'site'];

export function readState(search) {
  const p = new URLSearchParams(search);
  const page = parseInt(p.get('page') || '1', 10);
  const para = parseInt(p.get('para') || '', 10);
  const at = parseInt(p.get('at') || '', 10);
  const state = {
    q: p.get('q') || '',
    from: p.get('from') || '',
    to: p.get('to') || '',
    sort: ['newest', 'oldest'].includes(p.get('sort')) ? p.get('sort') : 'relevance',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    after: p.get('after') || '', // the API's cursor, past the last numbered page
    at: p.get('after') && Number.isFinite(at) && at > 0 ? at : null, // the first hit's rank there
    exact: p.get('exact') === 'true',
    article: p.get('article') || '',
    para: Number.isFinite(para) && para >= 0 ? para : null,
  };
  for (const dim of LIST_DIMS) {
    state[dim] = p.getAll(dim).filter((v) => v !== '');
    state[dim + 'Mode'] = p.get(dim + '.mode') === 'all' ? 'all' : 'any';
    state[dim + 'Not'] = p.getAll(dim + '.not').filter((v) => v !== '');
  }
  return state;
}

export function emptyState() {
  return readState('');
}

// The query string for a state; defaults are left out so links stay short.
export function toQuery(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  appendFilters(p, state);
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.after) {
    p.set('after', state.after);
    if (state.at) p.set('at', String(state.at));
  } else if (state.page > 1) {
    p.set('page', String(state.page));
  }
  if (state.exact) p.set('exact', 'true');
  if (state.article) p.set('article', state.article);
  if (state.article && state.para !== null) p.set('para', String(state.para));
  const s = p.toString();
  return s ? '?' + s : location.pathname;
}

// The filters as the API reads them: values, `dim.mode=all`, `dim.not=V`, and the dates.
export function appendFilters(p, state) {
  for (const dim of LIST_DIMS) {
    for (const v of state[dim] || []) p.append(dim, v);
    if (state[dim + 'Mode'] === 'all' && (state[dim] || []).length > 0) p.set(dim + '.mode', 'all');
    for (const v of state[dim + 'Not'] || []) p.append(dim + '.not', v);
  }
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
}

// Without words to rank by, the archive lists newest first, and so does the sort control.
export function effectiveSort(state) {
  return !state.q && state.sort === 'relevance' ? 'newest' : state.sort;
}

// The part of the state that decides the search request (not which article is open).
export function searchKey(state) {
  return toQuery(Object.assign({}, state, { article: '', para: null }));
}

export function hasFilters(state) {
  return LIST_DIMS.some((d) => state[d].length > 0 || state[d + 'Not'].length > 0)
    || !!state.from || !!state.to;
}

// A new search: back to page one, article closed.
export function withSearch(state, changes) {
  return Object.assign({}, state, { page: 1, after: '', at: null, article: '', para: null }, changes);
}

// The state shown; other modules read it through their import, which follows every change.
export let current = readState(location.search);

export function setCurrent(state) {
  current = state;
}

// main.js hands over the page's render function here, so that navigating needs no import of
// the views (which import this module).
let render = null;

export function setRender(fn) {
  render = fn;
}

// The link that opened an article from the results, to be focused again on the way back.
export let opener = null;

export function navigate(next, options) {
  const opts = options || {};
  if (opts.fromResults) opener = document.activeElement;
  // Remember where the reader was, so going back lands on the same spot.
  history.replaceState(Object.assign({}, history.state, { scrollY: window.scrollY }), '');
  history.pushState({ fromResults: opts.fromResults === true }, '', toQuery(next));
  current = next;
  render({ pushed: true, focusResults: opts.focusResults === true });
}
