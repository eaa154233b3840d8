// Reading aids in the article view: the query's words marked in the text with "match 3 of 12"
// and next/previous (buttons, n / p, Enter / Shift+Enter), and the side panel of the article's
// factions, places and dates with their mention counts, each stepping through its mentions.

import { formatDate, mentionRange, rangeLabel } from './dates.js';
import { $, clear, el, show, stateLink } from './dom.js';
import { current, emptyState, withSearch } from './state.js';

// Words the search leaves out unless nothing else is left (README, HTTP API).
const COMMON = new Set(('a an and are as at be but by for from has have he in into is it its of on or'
  + ' she that the their them they this to was were will with not').split(' '));

let marks = []; // the query's matches in the body, in reading order
let at = -1; // the current match, -1 before the first step

// The words and phrases of a query to mark: not its exclusions, operators or field names.
export function queryTerms(q, widened) {
  const terms = [];
  const source = String(q || '').replace(/(^|\s)(-|NOT\s+)("[^"]*"|\S+)/g, ' ');
  for (const m of source.matchAll(/"([^"]*)"|[^\s"()]+/g)) {
    if (m[1] !== undefined) {
      const phrase = m[1].trim();
      if (phrase) terms.push(phrase);
      continue;
    }
    const word = m[0].replace(/^(title|faction|location):/i, '');
    if (['AND', 'OR', 'NOT'].includes(word)) continue;
    for (const w of word.match(/[\p{L}\p{N}]+\*?/gu) || []) {
      if (!COMMON.has(w.toLowerCase()) && (w.replace('*', '').length >= 2 || /\d/.test(w))) terms.push(w);
    }
  }
  for (const w of widened || []) for (const v of w.variants || []) terms.push(v);
  return Array.from(new Set(terms.map((t) => t.toLowerCase())));
}

function termPattern(terms) {
  if (terms.length === 0) return null;
  const parts = terms.slice().sort((a, b) => b.length - a.length).map((t) => {
    const wild = t.endsWith('*');
    const body = (wild ? t.slice(0, -1) : t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return body + (wild ? '[\\p{L}\\p{N}]*' : '');
  });
  return new RegExp('(?<![\\p{L}\\p{N}])(?:' + parts.join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
}

// Wraps each match of the terms in the body's text nodes in <mark class="find">.
export function markTerms(body, terms) {
  marks = [];
  at = -1;
  const pattern = termPattern(terms);
  if (pattern) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const text = node.nodeValue;
      const found = Array.from(text.matchAll(pattern));
      if (found.length === 0) continue;
      const fragment = document.createDocumentFragment();
      let from = 0;
      for (const m of found) {
        if (m.index > from) fragment.appendChild(document.createTextNode(text.slice(from, m.index)));
        const mark = el('mark', 'find', m[0]);
        fragment.appendChild(mark);
        marks.push(mark);
        from = m.index + m[0].length;
      }
      if (from < text.length) fragment.appendChild(document.createTextNode(text.slice(from)));
      node.parentNode.replaceChild(fragment, node);
    }
  }
  show($('article-find'), marks.length > 0);
  paintCount();
}

// Starts at the first match in the paragraph the reader came for, without moving there.
export function startMatchesAt(paragraph) {
  at = paragraph ? marks.findIndex((m) => paragraph.contains(m)) : -1;
  paintCount();
}

function paintCount() {
  for (const m of document.querySelectorAll('#article-body mark.find.current')) m.classList.remove('current');
  const n = marks.length;
  $('find-count').textContent = at < 0 ? n + (n === 1 ? ' match' : ' matches') : 'match ' + (at + 1) + ' of ' + n;
  if (at >= 0) marks[at].classList.add('current');
}

export function stepMatch(by) {
  if (marks.length === 0) return;
  at = at < 0 ? (by > 0 ? 0 : marks.length - 1) : (at + by + marks.length) % marks.length;
  paintCount();
  marks[at].scrollIntoView({ block: 'center' });
}

// n / p, and Enter / Shift+Enter where Enter does nothing else, step through the matches.
export function watchFindKeys() {
  $('find-next').addEventListener('click', () => stepMatch(1));
  $('find-prev').addEventListener('click', () => stepMatch(-1));
  document.addEventListener('keydown', (e) => {
    if (!current.article || $('article-content').hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target instanceof HTMLElement ? e.target : null;
    if (t && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName))) return;
    const active = t && t.closest('a, button, summary, [role=button]');
    let by = 0;
    if (e.key === 'n' && !e.shiftKey) by = 1;
    else if (e.key === 'p' && !e.shiftKey) by = -1;
    else if (e.key === 'Enter' && !active) by = e.shiftKey ? -1 : 1;
    if (by === 0) return;
    e.preventDefault();
    stepMatch(by);
  });
}

// ---------- the side panel ----------

// groups: [{title, kind, items: [{key, label, search (a state)}]}]; the body's mention nodes carry
// data-key and data-span, so each item steps through the mentions shown for it.
export function drawPanel(article) {
  const box = $('article-entities');
  clear(box);
  const nodes = Array.from(document.querySelectorAll('#article-body .mention[data-key]'));
  const groups = [
    ['Factions', 'faction', (article.factions || []).map((f) => ({ key: 'faction:' + f.name, label: f.name,
      search: withSearch(emptyState(), { faction: [f.name] }) }))],
    ['Places', 'place', (article.locations || []).map((l) => ({ key: 'place:' + l.name, label: l.name,
      search: withSearch(emptyState(), { location: [l.name] }) }))],
    ['Dates', 'date', datesOf(article)],
  ];
  box.appendChild(el('h2', 'panel-title', 'Named in this article'));
  for (const [title, kind, items] of groups) {
    const shown = items.map((item) => Object.assign(item, { nodes: firstNodes(nodes, item.key) }))
      .filter((item) => item.nodes.length > 0);
    if (shown.length === 0) continue;
    const section = el('section', 'panel-group');
    section.appendChild(el('h3', 'panel-group-title', title));
    const list = el('ul', 'panel-list');
    for (const item of shown) list.appendChild(panelItem(kind, item));
    section.appendChild(list);
    box.appendChild(section);
  }
  show(box, box.childNodes.length > 1);
}

function datesOf(article) {
  const seen = new Map();
  for (const d of article.dates || []) {
    if (seen.has(d.value)) continue;
    const range = mentionRange(d.value);
    const label = !range ? d.text : range.from === range.to ? formatDate(range.from) : rangeLabel(range.from, range.to);
    seen.set(d.value, { key: 'date:' + d.value, label: label,
      search: range ? withSearch(emptyState(), range) : null });
  }
  return Array.from(seen.values());
}

// One node per mention: a mention split by a paragraph break counts once.
function firstNodes(nodes, key) {
  const spans = new Set();
  return nodes.filter((n) => {
    if (n.dataset.key !== key || spans.has(n.dataset.span)) return false;
    spans.add(n.dataset.span);
    return true;
  });
}

function panelItem(kind, item) {
  const li = el('li', 'panel-item');
  const n = item.nodes.length;
  const step = el('button', 'panel-step mention ' + kind);
  step.type = 'button';
  step.appendChild(el('span', 'panel-name', item.label));
  const count = el('span', 'panel-count', String(n));
  step.appendChild(count);
  step.setAttribute('aria-label', item.label + ': ' + n + (n === 1 ? ' mention' : ' mentions') + ', show the next');
  let i = -1;
  step.addEventListener('click', () => {
    for (const m of document.querySelectorAll('#article-body .mention.current')) m.classList.remove('current');
    i = (i + 1) % n;
    item.nodes[i].classList.add('current');
    item.nodes[i].scrollIntoView({ block: 'center' });
    count.textContent = (i + 1) + ' of ' + n;
  });
  li.appendChild(step);
  if (item.search) {
    const a = stateLink('panel-search', 'search', item.search);
    a.setAttribute('aria-label', 'Search the archive for ' + item.label);
    a.title = 'Search the archive for ' + item.label;
    li.appendChild(a);
  }
  return li;
}
