// The pager under the hits: page numbers as far as the API's `lastPage`, a note on how to narrow
// the search when that is not the last hit, and past it a "Next" that follows the API's `next`
// cursor (`after=`), which reaches every hit.

import { $, clear, el, formatNumber, show, stateLink } from './dom.js';
import { withSearch } from './state.js';

export const PAGE_SIZE = 10;

export function drawPager(state, total, lastPage, next, shown) {
  const nav = $('pager');
  clear(nav);
  const all = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pages = typeof lastPage === 'number' ? Math.min(all, lastPage) : all;
  if (state.after) {
    drawCursorPager(nav, state, total, next, shown);
    return;
  }
  if (pages <= 1 && state.page <= 1) {
    show(nav, false);
    return;
  }
  const go = (page) => Object.assign({}, state, { page: page, after: '', at: null, article: '', para: null });
  const list = el('ul');
  const item = (node) => {
    const li = el('li');
    li.appendChild(node);
    list.appendChild(li);
  };
  if (state.page > 1) item(stateLink('page-step', '‹ Previous', go(Math.min(state.page - 1, pages))));
  // A window of pages around the current one, plus the first and the last.
  const around = new Set([1, pages, state.page - 2, state.page - 1, state.page, state.page + 1, state.page + 2]);
  let previous = 0;
  for (let p = 1; p <= pages; p++) {
    if (!around.has(p)) continue;
    if (p > previous + 1) item(el('span', 'page-gap', '…'));
    if (p === state.page) {
      const span = el('span', 'page-current', String(p));
      span.setAttribute('aria-current', 'page');
      item(span);
    } else {
      const a = stateLink('page-number', String(p), go(p));
      a.setAttribute('aria-label', 'Page ' + p);
      item(a);
    }
    previous = p;
  }
  if (state.page < pages) {
    item(stateLink('page-step', 'Next ›', go(state.page + 1)));
  } else if (pages < all && next) {
    // Page numbers stop here; the cursor goes on.
    item(stateLink('page-step page-after', 'Next ›', afterCursor(state, next, pages * PAGE_SIZE + 1)));
  }
  nav.appendChild(list);
  if (pages < all) {
    nav.appendChild(el('p', 'pager-note', 'Page numbers stop at the first ' + formatNumber(pages * PAGE_SIZE)
      + ' articles; “Next” on the last page goes on one page at a time. To reach the others sooner,'
      + ' narrow the search: add a word, a filter or a date range.'));
  }
  show(nav, true);
}

function afterCursor(state, cursor, at) {
  return Object.assign({}, state, { page: 1, after: cursor, at: at, article: '', para: null });
}

// Past the numbered pages: where these hits are in the whole list, back to page one, and on.
function drawCursorPager(nav, state, total, next, shown) {
  const list = el('ul');
  const item = (node) => {
    const li = el('li');
    li.appendChild(node);
    list.appendChild(li);
  };
  item(stateLink('page-step', '« First page', withSearch(state, {})));
  const at = state.at || null;
  if (at && shown > 0) {
    item(el('span', 'page-current', formatNumber(at) + '–' + formatNumber(at + shown - 1)
      + ' of ' + formatNumber(total)));
  }
  if (next) item(stateLink('page-step page-after', 'Next ›', afterCursor(state, next, at ? at + shown : null)));
  nav.appendChild(list);
  show(nav, true);
}
