// The article view: the text with its faction, place and date mentions as links to searches,
// opened at the paragraph the reader came for.

import { abortSearch, getJson, isLatestArticle, startArticle } from './api.js';
import { setCiteArticle } from './cite.js';
import { formatDate, mentionRange, rangeLabel } from './dates.js';
import { $, clear, el, safeUrl, show, stateLink } from './dom.js';
import { drawPanel, markTerms, queryTerms, startMatchesAt } from './reader.js';
import { widenedFor } from './results.js';
import { current, emptyState, navigate, searchKey, withSearch } from './state.js';

let shownArticle = null; // id of the article in the page

export function showArticle(state, opts) {
  show($('results-view'), false);
  show($('article-view'), true);
  const back = $('article-back');
  back.href = searchKey(state);
  abortSearch();
  if (shownArticle === articleKey(state)) {
    placeArticle(state, opts);
    return;
  }
  loadArticle(state, opts);
}

async function loadArticle(state, opts) {
  const controller = startArticle();
  shownArticle = null;
  show($('article-content'), false);
  $('article-status').textContent = 'Loading the article…';
  $('article-status').classList.remove('error');
  window.scrollTo(0, 0);
  try {
    const article = await getJson('/api/articles/' + encodeURIComponent(state.article), controller);
    if (!isLatestArticle(controller)) return;
    shownArticle = articleKey(state);
    drawArticle(article);
    setCiteArticle(article.id);
    markTerms($('article-body'), queryTerms(state.q, widenedFor(state)));
    drawPanel(article);
    $('article-status').textContent = '';
    show($('article-content'), true);
    placeArticle(state, opts);
  } catch (e) {
    if (e.name === 'AbortError' || !isLatestArticle(controller)) return;
    $('article-status').textContent = e.message;
    $('article-status').classList.add('error');
    document.title = 'Article not shown – News archive';
  }
}

// The article and the search it was opened from, whose words are marked in it.
function articleKey(state) {
  return state.article + '\n' + searchKey(state);
}

// Scrolls to the paragraph the reader came for, or to the top; the header with the title stays.
function placeArticle(state, opts) {
  for (const p of document.querySelectorAll('#article-body .target')) p.classList.remove('target');
  const saved = history.state && typeof history.state.scrollY === 'number' ? history.state.scrollY : null;
  if (opts.popped && saved !== null) {
    window.scrollTo(0, saved);
    return;
  }
  const target = state.para !== null ? $('para-' + state.para) : null;
  startMatchesAt(target);
  if (target) {
    target.classList.add('target');
    // Below the sticky header, so a long paragraph starts in view under the title.
    target.style.scrollMarginTop = ($('article-head').offsetHeight + 8) + 'px';
    target.scrollIntoView({ block: target.offsetHeight < window.innerHeight / 2 ? 'center' : 'start' });
    target.focus({ preventScroll: true });
  } else {
    window.scrollTo(0, 0);
    $('article-title').focus({ preventScroll: true });
  }
}

function drawArticle(article) {
  document.title = (article.title || 'Untitled article') + ' – News archive';
  $('article-title').textContent = article.title || '(untitled)';
  const meta = [article.site, formatDate(article.published), article.byline, article.dateline]
    .filter((x) => x);
  $('article-meta').textContent = meta.join(' · ');
  const source = $('article-source');
  clear(source);
  const url = safeUrl(article.url);
  if (url) {
    const a = el('a', null, 'Original article');
    a.href = url;
    a.rel = 'noopener noreferrer';
    source.appendChild(a);
    source.appendChild(el('span', 'url', ' ' + new URL(url).host));
  } else if (article.url || article.source) {
    source.textContent = 'Source: ' + (article.url || article.source);
  }
  const body = $('article-body');
  clear(body);
  body.appendChild(articleBody(article.body || '', mentionsOf(article)));
}

// Every highlightable span: faction and place mentions, and dates.
function mentionsOf(article) {
  const spans = [];
  for (const f of article.factions || []) {
    for (const m of f.mentions || []) spans.push({ start: m.start, end: m.end, kind: 'faction', name: f.name });
  }
  for (const l of article.locations || []) {
    for (const m of l.mentions || []) spans.push({ start: m.start, end: m.end, kind: 'place', name: l.name });
  }
  for (const d of article.dates || []) {
    spans.push({ start: d.start, end: d.end, kind: 'date', name: d.value, text: d.text });
  }
  // Earliest first, longer first at the same start; overlaps lose to the span already taken.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let reach = 0;
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end)) || s.end <= s.start || s.start < reach) continue;
    s.index = kept.length;
    kept.push(s);
    reach = s.end;
  }
  return kept;
}

// Paragraphs are separated by one blank line, as in the API's paragraph numbers.
// Offsets are UTF-16 indices, which is what JavaScript strings use too.
function articleBody(text, spans) {
  const fragment = document.createDocumentFragment();
  let index = 0;
  let start = 0;
  let s = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    const p = el('p', 'para');
    p.id = 'para-' + index;
    p.tabIndex = -1;
    let at = start;
    while (s < spans.length && spans[s].end <= start) s++;
    for (let k = s; k < spans.length && spans[k].start < end; k++) {
      const span = spans[k];
      const from = Math.max(span.start, start);
      const to = Math.min(span.end, end);
      if (from > at) p.appendChild(document.createTextNode(text.slice(at, from)));
      p.appendChild(mentionNode(span, text.slice(from, to)));
      at = to;
    }
    if (at < end) p.appendChild(document.createTextNode(text.slice(at, end)));
    if (p.firstChild) fragment.appendChild(p);
    index++;
    start = end + 2;
  }
  return fragment;
}

// Each mention node says which entity it names and which span it is, for the side panel.
function mentionNode(span, text) {
  const node = mentionLink(span, text);
  node.dataset.key = span.kind + ':' + span.name;
  node.dataset.span = String(span.index);
  return node;
}

function mentionLink(span, text) {
  if (span.kind === 'date') {
    const range = mentionRange(span.name);
    if (!range) return el('span', 'mention date', text);
    const a = stateLink('mention date', text, withSearch(emptyState(), range));
    a.title = 'Articles published ' + rangeLabel(range.from, range.to);
    return a;
  }
  const dim = span.kind === 'faction' ? 'faction' : 'location';
  const a = stateLink('mention ' + span.kind, text, withSearch(emptyState(), { [dim]: [span.name] }));
  a.title = 'Articles tagged ' + span.name;
  return a;
}

export function closeArticle() {
  if (history.state && history.state.fromResults) {
    history.back();
  } else {
    navigate(Object.assign({}, current, { article: '', para: null }));
  }
}
