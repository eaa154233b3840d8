// The archive's browser page. It talks only to the JSON API under /api and keeps every bit
// of state in the query string, so a view is a link and back/forward just re-render.
// Text from articles is only ever inserted as text nodes; the one markup accepted is the
// <mark> in snippets, which is rebuilt by hand rather than parsed as HTML.
// This module wires the page's controls to the views; each view is a module of its own.

import { closeArticle, showArticle } from './article.js';
import { watchCite } from './cite.js';
import { $ } from './dom.js';
import { watchFindKeys } from './reader.js';
import { focusResults, showResults } from './results.js';
import { startSaved } from './saved.js';
import { current, navigate, readState, setCurrent, setRender, withSearch } from './state.js';
import { watchTimelineWidth } from './timeline.js';

function render(options) {
  const opts = options || {};
  $('q').value = current.q;
  if (current.article) {
    showArticle(current, opts);
  } else {
    showResults(current, opts);
  }
}

// On a narrow screen the filters are a sheet over the page (on a wide one they always show).
function openFilters(open) {
  $('filters-sheet').classList.toggle('open', open);
  document.body.classList.toggle('sheet-open', open);
  $('filters-toggle').setAttribute('aria-expanded', String(open));
}

function start() {
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('q').value.trim();
    navigate(withSearch(current, { q: q, exact: false }), { focusResults: true });
  });
  $('sort').addEventListener('change', () => {
    // Newest first is what an empty query means anyway, so it stays out of the URL.
    const sort = $('sort').value;
    navigate(withSearch(current, { sort: !current.q && sort === 'newest' ? 'relevance' : sort }));
  });
  $('timeline-all').addEventListener('click', () => {
    navigate(withSearch(current, { from: '', to: '' }));
  });
  $('article-back').addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    closeArticle();
  });
  document.querySelector('a.skip').addEventListener('click', (e) => {
    e.preventDefault(); // a #fragment would add a history entry of its own
    $('results').focus();
  });
  $('filters-toggle').addEventListener('click', () => openFilters(!$('filters-sheet').classList.contains('open')));
  $('filters-done').addEventListener('click', () => {
    openFilters(false);
    focusResults();
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable
      || ['INPUT', 'SELECT', 'TEXTAREA'].includes(e.target.tagName));
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      $('q').focus();
      $('q').select();
    } else if (e.key === 'Escape' && current.article && !typing) {
      closeArticle();
    } else if (e.key === 'Escape' && $('filters-sheet').classList.contains('open')) {
      openFilters(false);
      $('filters-toggle').focus();
    }
  });
  window.addEventListener('popstate', () => {
    setCurrent(readState(location.search));
    render({ popped: true });
  });
  watchTimelineWidth();
  watchFindKeys();
  watchCite();
  render({});
  $('q').focus();
  startSaved();
}

setRender(render);
start();
