// The results column: the count, the filter chips, the widened-spelling notice, the hits and
// the pager. The sidebar and the timeline are drawn from the same answer by their own modules.

import { abortArticle, apiParams, getJson, isLatestSearch, startSearch } from './api.js';
import { clearedFilters, drawChips } from './chips.js';
import { formatDate } from './dates.js';
import { $, clear, el, formatNumber, rememberCountryNames, show, snippetNodes, stateLink } from './dom.js';
import { drawExport } from './export.js';
import { drawSidebar, placeTreeParams } from './facets.js';
import { drawPager, PAGE_SIZE } from './pager.js';
import { current, effectiveSort, hasFilters, navigate, opener, searchKey, withSearch } from './state.js';
import { drawTimeline, paintTimeline, shownFacets } from './timeline.js';

const HIT_TAGS = 4; // factions, and places, shown under a hit before "+N more"

let shownSearchKey = null; // the search whose results are in the page
let lastResult = null;

// What the search shown added to its words (ISIL → Daesh), for marking them in an article.
export function widenedFor(state) {
  return lastResult && shownSearchKey === searchKey(state) ? lastResult.widened || [] : [];
}

// Brings the results' heading (the count) into view and focuses it.
export function focusResults() {
  const heading = $('results-heading');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function showResults(state, opts) {
  const fromArticle = !$('article-view').hidden;
  show($('results-view'), true);
  show($('article-view'), false);
  document.title = state.q ? state.q + ' – News archive' : 'News archive';
  abortArticle();
  const key = searchKey(state);
  if (key === shownSearchKey && lastResult) {
    paintTimeline(); // the window may have changed size while the article was open
    restoreScroll(opts);
    // Back from an article: focus the link that opened it.
    if (fromArticle && opener && opener.isConnected) opener.focus({ preventScroll: opts.popped === true });
    return;
  }
  runSearch(state, key, opts);
}

function restoreScroll(opts) {
  const saved = history.state && typeof history.state.scrollY === 'number' ? history.state.scrollY : null;
  if (opts.popped && saved !== null) {
    window.scrollTo(0, saved);
  } else if (opts.pushed) {
    const top = $('results').getBoundingClientRect().top + window.scrollY;
    if (window.scrollY > top) window.scrollTo(0, top);
  }
}

async function runSearch(state, key, opts) {
  const controller = startSearch();
  const params = apiParams(state);
  params.set('facets', shownFacets(state).join(','));
  params.set('sort', effectiveSort(state));
  if (state.after) params.set('after', state.after);
  else params.set('page', String(state.page));
  params.set('size', String(PAGE_SIZE));
  $('results').classList.add('loading');
  $('results').setAttribute('aria-busy', 'true');
  $('status').textContent = 'Searching…';
  show($('message'), false);
  try {
    const treeParams = placeTreeParams(state);
    if (treeParams) {
      treeParams.set('facets', 'location,country');
      treeParams.set('size', '1');
    }
    const [result, tree] = await Promise.all([getJson('/api/search?' + params.toString(), controller),
      treeParams ? getJson('/api/search?' + treeParams.toString(), controller) : null]);
    if (!isLatestSearch(controller)) return;
    lastResult = result;
    shownSearchKey = key;
    drawResults(state, result, tree ? tree.facets || {} : null);
    restoreScroll(opts);
    if (opts.focusResults) focusResults();
  } catch (e) {
    if (e.name === 'AbortError' || !isLatestSearch(controller)) return;
    shownSearchKey = null;
    lastResult = null;
    drawError(state, e.message);
  } finally {
    if (isLatestSearch(controller)) {
      $('results').classList.remove('loading');
      $('results').removeAttribute('aria-busy');
    }
  }
}

function drawError(state, sentence) {
  $('status').textContent = '';
  clear($('hits'));
  show($('pager'), false);
  show($('widened'), false);
  show($('reading'), false);
  show($('timeline'), false);
  show($('toolbar'), false);
  drawChips(state);
  const box = $('message');
  clear(box);
  box.className = 'message error';
  box.appendChild(el('p', 'message-title', 'The search did not work.'));
  box.appendChild(el('p', null, sentence));
  show(box, true);
}

function drawResults(state, result, tree) {
  const total = result.total || 0;
  const status = total === 0 ? 'No articles'
    : formatNumber(total) + (total === 1 ? ' article' : ' articles');
  $('status').textContent = status + (typeof result.tookMs === 'number' ? ' · ' + result.tookMs + ' ms' : '');
  $('filters-done').textContent = total === 0 ? 'Show results' : 'Show ' + formatNumber(total) + (total === 1 ? ' result' : ' results');
  rememberCountryNames((result.facets || {}).country);
  if (tree) rememberCountryNames(tree.country);
  drawChips(state);
  drawWidened(state, result.widened || []);
  drawReading(state, result);
  drawSidebar(state, result.facets || {}, tree);
  drawTimeline(state, result.facets || {});
  $('sort').value = effectiveSort(state);
  // Without words there is nothing to rank by: the archive lists newest first.
  $('sort').querySelector('option[value=relevance]').disabled = !state.q;
  show($('toolbar'), total > 0);
  drawExport(state, total);
  drawHits(state, result.hits || []);
  drawPager(state, total, result.lastPage, result.next || null, (result.hits || []).length);
  const box = $('message');
  clear(box);
  if ((result.hits || []).length === 0) {
    box.className = 'message';
    drawNoResults(state, total, box);
    show(box, true);
  } else {
    show(box, false);
  }
}

function drawNoResults(state, total, box) {
  if (total > 0) {
    box.appendChild(el('p', 'message-title', state.after ? 'There are no more articles.'
      : 'There is nothing on page ' + state.page + '.'));
    box.appendChild(stateLink(null, 'Go to the first page', withSearch(state, {})));
    return;
  }
  box.appendChild(el('p', 'message-title',
    state.q ? 'No articles match “' + state.q + '”.' : 'No articles match these filters.'));
  const hints = el('ul', 'hints');
  if (hasFilters(state)) {
    const li = el('li', null, 'Remove a filter above, or ');
    li.appendChild(stateLink(null, 'clear all filters', clearedFilters(state)));
    li.appendChild(document.createTextNode('.'));
    hints.appendChild(li);
  }
  if (state.exact && state.q) {
    const li = el('li', null, 'Exact spelling is on: ');
    li.appendChild(stateLink(null, 'also search spelling variants', withSearch(state, { exact: false })));
    li.appendChild(document.createTextNode('.'));
    hints.appendChild(li);
  }
  if (state.q) {
    hints.appendChild(el('li', null,
      'Check the spelling, or try fewer or more general words (a place or group name often works best).'));
  }
  if (hints.firstChild) box.appendChild(hints);
}

// ---------- widened query ----------

function drawWidened(state, widened) {
  const box = $('widened');
  clear(box);
  if (widened.length > 0) {
    const p = el('p', null, 'Also searched for other names: ');
    widened.forEach((w, i) => {
      if (i > 0) p.appendChild(document.createTextNode('; '));
      p.appendChild(el('strong', null, w.term));
      if (w.canonical && w.canonical.toLowerCase() !== String(w.term).toLowerCase()) p.appendChild(document.createTextNode(' (' + w.canonical + ')'));
      const variants = (w.variants || []).filter((v) => v !== w.term);
      if (variants.length > 0) {
        const shown = variants.slice(0, 8);
        let text = ' → ' + shown.join(', ');
        if (variants.length > shown.length) text += ' and ' + (variants.length - shown.length) + ' more';
        p.appendChild(document.createTextNode(text));
      }
    });
    p.appendChild(document.createTextNode('. '));
    p.appendChild(stateLink('notice-action', 'Exact spelling only', withSearch(state, { exact: true })));
    box.appendChild(p);
    show(box, true);
  } else if (state.exact && state.q) {
    const p = el('p', null, 'Exact spelling only. ');
    p.appendChild(stateLink('notice-action', 'Include spelling variants', withSearch(state, { exact: false })));
    box.appendChild(p);
    show(box, true);
  } else {
    show(box, false);
  }
}

// ---------- how the query was read, and what else to search ----------

// "Read as: searched 9 11 as words", then each suggestion as a link that runs its query:
// other spellings of a name are only ever searched when the user accepts them here.
function drawReading(state, result) {
  const box = $('reading');
  clear(box);
  const suggestions = result.suggestions || [];
  if (result.interpreted) {
    box.appendChild(el('p', 'reading-note', 'Read as: ' + result.interpreted + '.'));
  }
  suggestions.forEach((s) => {
    const p = el('p', 'reading-offer');
    p.appendChild(stateLink('notice-action', s.text, withSearch(state, { q: s.query })));
    box.appendChild(p);
  });
  show(box, Boolean(result.interpreted) || suggestions.length > 0);
}

// ---------- hits ----------

function drawHits(state, hits) {
  const list = $('hits');
  clear(list);
  list.start = state.after ? state.at || 1 : (state.page - 1) * PAGE_SIZE + 1;
  for (const hit of hits) list.appendChild(hitItem(state, hit));
}

function hitItem(state, hit) {
  const li = el('li', 'hit');
  const open = (para) => Object.assign({}, state, { article: hit.id, para: para });
  const passages = Array.isArray(hit.passages) && hit.passages.length > 0 ? hit.passages
    : (hit.snippets || []).map((html) => ({ html: html, paragraph: null }));
  const firstPara = passages.length > 0 ? passages[0].paragraph : null;

  const h = el('h2', 'hit-title');
  h.appendChild(stateLink('hit-link', hit.title || '(untitled)', open(firstPara), { fromResults: true }));
  li.appendChild(h);

  const meta = el('p', 'meta');
  const parts = [hit.site, formatDate(hit.published)].filter((x) => x);
  meta.textContent = parts.join(' · ');
  li.appendChild(meta);

  for (const passage of passages) {
    const a = stateLink('passage', null, open(typeof passage.paragraph === 'number' ? passage.paragraph : null),
      { fromResults: true });
    a.appendChild(snippetNodes(passage.html));
    a.title = 'Open the article at this passage';
    li.appendChild(a);
  }

  const tags = el('p', 'tags');
  const hidden = [];
  // A few of each kind keep the list calm; the rest wait behind "+N".
  for (const [dim, values] of [['faction', hit.factions || []], ['location', hit.locations || []]]) {
    values.forEach((value, i) => {
      const button = tagButton(state, dim, value);
      if (i >= HIT_TAGS && !state[dim].includes(value)) {
        button.hidden = true;
        hidden.push(button);
      }
      tags.appendChild(button);
    });
  }
  if (hidden.length > 0) {
    const more = el('button', 'tag-more link-button', '+' + hidden.length + ' more');
    more.type = 'button';
    more.setAttribute('aria-label', 'Show ' + hidden.length + ' more tags');
    more.addEventListener('click', () => {
      for (const b of hidden) b.hidden = false;
      more.remove();
      hidden[0].focus();
    });
    tags.appendChild(more);
  }
  if (tags.firstChild) li.appendChild(tags);
  return li;
}

function tagButton(state, dim, value) {
  const selected = state[dim].includes(value);
  const b = el('button', 'tag ' + (dim === 'faction' ? 'faction' : 'place'), value);
  b.type = 'button';
  b.setAttribute('aria-pressed', String(selected));
  b.title = selected ? 'Already a filter' : 'Show only articles tagged ' + value;
  b.addEventListener('click', () => {
    if (!current[dim].includes(value)) {
      navigate(withSearch(current, { [dim]: current[dim].concat([value]),
        [dim + 'Not']: current[dim + 'Not'].filter((v) => v !== value) }));
    }
  });
  return b;
}
