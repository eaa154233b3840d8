// The archive's browser page. It talks only to the JSON API under /api and keeps every bit
// of state in the query string, so a view is a link and back/forward just re-render.
// Text from articles is only ever inserted as text nodes; the one markup accepted is the
// <mark> in snippets, which is rebuilt by hand rather than parsed as HTML.
'use strict';

(function () {
  const PAGE_SIZE = 10;
  const FACET_ROWS = 8; // rows shown per facet before "more"
  const HIT_TAGS = 4; // factions, and places, shown under a hit before "+N more"
  const COUNTRY_ROWS = 5; // countries listed even when none of their places is
  const LIST_DIMS = ['faction', 'location', 'country', 'site'];
  const DIM_LABELS = { faction: 'Faction', location: 'Place', country: 'Country', site: 'Site' };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const $ = (id) => document.getElementById(id);
  const regionNames = typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

  // ---------- state <-> URL ----------

  function readState(search) {
    const p = new URLSearchParams(search);
    const page = parseInt(p.get('page') || '1', 10);
    const para = parseInt(p.get('para') || '', 10);
    const state = {
      q: p.get('q') || '',
      from: p.get('from') || '',
      to: p.get('to') || '',
      sort: ['newest', 'oldest'].includes(p.get('sort')) ? p.get('sort') : 'relevance',
      page: Number.isFinite(page) && page > 0 ? page : 1,
      exact: p.get('exact') === 'true',
      article: p.get('article') || '',
      para: Number.isFinite(para) && para >= 0 ? para : null,
    };
    for (const dim of LIST_DIMS) state[dim] = p.getAll(dim).filter((v) => v !== '');
    return state;
  }

  function emptyState() {
    return readState('');
  }

  // The query string for a state; defaults are left out so links stay short.
  function toQuery(state) {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    for (const dim of LIST_DIMS) for (const v of state[dim] || []) p.append(dim, v);
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
    if (state.page > 1) p.set('page', String(state.page));
    if (state.exact) p.set('exact', 'true');
    if (state.article) p.set('article', state.article);
    if (state.article && state.para !== null) p.set('para', String(state.para));
    const s = p.toString();
    return s ? '?' + s : location.pathname;
  }

  // The part of the state that decides the search request (not which article is open).
  function searchKey(state) {
    return toQuery(Object.assign({}, state, { article: '', para: null }));
  }

  function hasFilters(state) {
    return LIST_DIMS.some((d) => state[d].length > 0) || !!state.from || !!state.to;
  }

  // A new search: back to page one, article closed.
  function withSearch(state, changes) {
    return Object.assign({}, state, { page: 1, article: '', para: null }, changes);
  }

  let current = readState(location.search);

  function navigate(next, options) {
    const opts = options || {};
    // Remember where the reader was, so going back lands on the same spot.
    history.replaceState(Object.assign({}, history.state, { scrollY: window.scrollY }), '');
    history.pushState({ fromResults: opts.fromResults === true }, '', toQuery(next));
    current = next;
    render({ pushed: true });
  }

  // ---------- small DOM builders (text only) ----------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  // An internal link: a real href (so it can be opened in a new tab or copied) whose plain
  // click is handled in the page.
  function stateLink(className, text, state, options) {
    const a = el('a', className, text);
    a.href = toQuery(state);
    a.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(state, options);
    });
    return a;
  }

  const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

  function decodeEntities(text) {
    return text.replace(/&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : whole;
    });
  }

  // Snippets are escaped text plus <mark>…</mark>. Rather than trusting them as HTML, split on
  // the two tags and build text nodes and <mark> elements; anything else stays literal text.
  function snippetNodes(html) {
    const fragment = document.createDocumentFragment();
    let inMark = false;
    for (const part of String(html).split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') inMark = true;
      else if (part === '</mark>') inMark = false;
      else if (part) {
        const text = document.createTextNode(decodeEntities(part));
        if (inMark) {
          const mark = document.createElement('mark');
          mark.appendChild(text);
          fragment.appendChild(mark);
        } else {
          fragment.appendChild(text);
        }
      }
    }
    return fragment;
  }

  // Only web addresses become links; anything else (javascript:, data:) is shown as text.
  function safeUrl(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function countryName(code) {
    if (!code) return '';
    try {
      const name = regionNames ? regionNames.of(code) : null;
      return name && name !== code ? name : code;
    } catch (e) {
      return code;
    }
  }

  function valueLabel(dim, value) {
    return dim === 'country' ? countryName(value) : value;
  }

  function formatDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) return iso || '';
    return parseInt(m[3], 10) + ' ' + MONTHS[parseInt(m[2], 10) - 1] + ' ' + m[1];
  }

  function formatNumber(n) {
    return Number(n).toLocaleString('en');
  }

  // ---------- dates and ranges ----------

  function lastDayOfMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }

  function pad2(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function yearRange(year) {
    return { from: year + '-01-01', to: year + '-12-31' };
  }

  function monthRange(year, month) {
    return { from: year + '-' + pad2(month) + '-01',
      to: year + '-' + pad2(month) + '-' + pad2(lastDayOfMonth(year, month)) };
  }

  // The range a date mention stands for, or null when it is not a plain day, month or year.
  function mentionRange(value) {
    let m = /^(\d{4})$/.exec(value || '');
    if (m) return yearRange(m[1]);
    m = /^(\d{4})-(\d{2})$/.exec(value || '');
    if (m) return monthRange(parseInt(m[1], 10), parseInt(m[2], 10));
    m = /^\d{4}-\d{2}-\d{2}$/.exec(value || '');
    return m ? { from: value, to: value } : null;
  }

  function rangeLabel(from, to) {
    const f = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
    const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
    if (f && t && f[1] === t[1] && from.endsWith('-01-01') && to.endsWith('-12-31')) return f[1];
    if (f && t && f[1] === t[1] && f[2] === t[2] && f[3] === '01'
        && parseInt(t[3], 10) === lastDayOfMonth(parseInt(t[1], 10), parseInt(t[2], 10))) {
      return MONTH_NAMES[parseInt(f[2], 10) - 1] + ' ' + f[1];
    }
    if (from && to) return formatDate(from) + ' – ' + formatDate(to);
    if (from) return 'from ' + formatDate(from);
    return 'until ' + formatDate(to);
  }

  // ---------- fetching ----------

  let searchController = null;
  let articleController = null;

  async function getJson(url, controller) {
    let response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error('The server could not be reached.');
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const sentence = body && typeof body.error === 'string' ? body.error
        : 'The server answered with status ' + response.status + '.';
      throw new Error(sentence);
    }
    if (body === null) throw new Error('The server sent an answer the page cannot read.');
    return body;
  }

  function apiParams(state) {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    for (const dim of LIST_DIMS) for (const v of state[dim]) p.append(dim, v);
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    if (state.exact) p.set('exact', 'true');
    return p;
  }

  // ---------- rendering: dispatch ----------

  let shownSearchKey = null; // the search whose results are in the page
  let lastResult = null;

  function render(options) {
    const opts = options || {};
    $('q').value = current.q;
    if (current.article) {
      showArticle(current, opts);
    } else {
      showResults(current, opts);
    }
  }

  // ---------- results ----------

  function showResults(state, opts) {
    show($('results-view'), true);
    show($('article-view'), false);
    document.title = state.q ? state.q + ' – News archive' : 'News archive';
    if (articleController) articleController.abort();
    const key = searchKey(state);
    if (key === shownSearchKey && lastResult) {
      paintTimeline(); // the window may have changed size while the article was open
      restoreScroll(opts);
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
    if (searchController) searchController.abort();
    const controller = new AbortController();
    searchController = controller;
    const params = apiParams(state);
    params.set('facets', shownFacets(state).join(','));
    params.set('sort', state.sort);
    params.set('page', String(state.page));
    params.set('size', String(PAGE_SIZE));
    $('results').classList.add('loading');
    $('results').setAttribute('aria-busy', 'true');
    $('status').textContent = 'Searching…';
    show($('message'), false);
    try {
      const result = await getJson('/api/search?' + params.toString(), controller);
      if (controller !== searchController) return;
      lastResult = result;
      shownSearchKey = key;
      drawResults(state, result);
      restoreScroll(opts);
    } catch (e) {
      if (e.name === 'AbortError' || controller !== searchController) return;
      shownSearchKey = null;
      lastResult = null;
      drawError(state, e.message);
    } finally {
      if (controller === searchController) {
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

  function drawResults(state, result) {
    const total = result.total || 0;
    const status = total === 0 ? 'No articles'
      : formatNumber(total) + (total === 1 ? ' article' : ' articles');
    $('status').textContent = status + (typeof result.tookMs === 'number' ? ' · ' + result.tookMs + ' ms' : '');
    drawChips(state);
    drawWidened(state, result.widened || []);
    drawSidebar(state, result.facets || {});
    drawTimeline(state, result.facets || {});
    $('sort').value = state.sort;
    show($('toolbar'), total > 0);
    drawHits(state, result.hits || []);
    drawPager(state, total);
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
      box.appendChild(el('p', 'message-title', 'There is nothing on page ' + state.page + '.'));
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

  function clearedFilters(state) {
    const changes = { from: '', to: '' };
    for (const dim of LIST_DIMS) changes[dim] = [];
    return withSearch(state, changes);
  }

  // ---------- chips ----------

  function drawChips(state) {
    const box = $('chips');
    clear(box);
    let count = 0;
    for (const dim of LIST_DIMS) {
      for (const value of state[dim]) {
        const rest = state[dim].filter((v) => v !== value);
        box.appendChild(chip(DIM_LABELS[dim], valueLabel(dim, value), withSearch(state, { [dim]: rest })));
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

  function chip(label, value, without) {
    const a = stateLink('chip', null, without);
    a.appendChild(el('span', 'chip-label', label + ': '));
    a.appendChild(el('span', 'chip-value', value));
    a.appendChild(el('span', 'chip-x', '×'));
    a.setAttribute('aria-label', 'Remove filter ' + label + ' ' + value);
    a.title = 'Remove this filter';
    return a;
  }

  // ---------- widened query ----------

  function drawWidened(state, widened) {
    const box = $('widened');
    clear(box);
    if (widened.length > 0) {
      const p = el('p', null, 'Also searched for other spellings: ');
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

  // ---------- hits ----------

  function drawHits(state, hits) {
    const list = $('hits');
    clear(list);
    list.start = (state.page - 1) * PAGE_SIZE + 1;
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
        navigate(withSearch(current, { [dim]: current[dim].concat([value]) }));
      }
    });
    return b;
  }

  // ---------- pager ----------

  function drawPager(state, total) {
    const nav = $('pager');
    clear(nav);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (pages <= 1 && state.page <= 1) {
      show(nav, false);
      return;
    }
    const go = (page) => Object.assign({}, state, { page: page, article: '', para: null });
    const list = el('ul');
    const item = (node) => {
      const li = el('li');
      li.appendChild(node);
      list.appendChild(li);
    };
    if (state.page > 1) item(stateLink('page-step', '‹ Previous', go(Math.min(state.page - 1, pages))));
    // A window of pages around the current one, plus the first and the last.
    const shown = new Set([1, pages, state.page - 2, state.page - 1, state.page, state.page + 1, state.page + 2]);
    let previous = 0;
    for (let p = 1; p <= pages; p++) {
      if (!shown.has(p)) continue;
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
    if (state.page < pages) item(stateLink('page-step', 'Next ›', go(state.page + 1)));
    nav.appendChild(list);
    show(nav, true);
  }

  // ---------- sidebar facets ----------

  let pendingFocus = null; // {dim, value}: the checkbox to focus again after a re-render
  const openSearches = {}; // dim -> prefix typed in its value search, while open

  function drawSidebar(state, facets) {
    const aside = $('sidebar');
    clear(aside);
    aside.appendChild(facetSection('faction', 'Faction', factionRows(state, facets.faction || [])));
    const places = facets.location || [];
    if (places.some((p) => p.country)) {
      aside.appendChild(facetSection('location', 'Place', locationRows(state, places, facets.country || [])));
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
      const match = Array.from(aside.querySelectorAll('input[type=checkbox]')).find(
        (box) => box.dataset.dim === pendingFocus.dim && box.dataset.value === pendingFocus.value);
      if (match) match.focus();
      pendingFocus = null;
    }
  }

  // Values the user selected stay listed even if the API left them out of its top list.
  function withSelected(dim, state, values) {
    const out = values.slice();
    for (const v of state[dim]) {
      if (!out.some((x) => x.value === v)) out.push({ value: v, count: null, selected: true });
    }
    return out.map((x) => Object.assign({}, x, { selected: state[dim].includes(x.value) }));
  }

  // Keeps the first FACET_ROWS values plus every selected one; says whether any were left out.
  function topValues(values) {
    const kept = values.filter((v, i) => i < FACET_ROWS || v.selected);
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
      .filter((c, i) => i < COUNTRY_ROWS || c.selected || withPlaces.has(c.value));
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

  let rowCounter = 0;

  function facetRow(row) {
    const li = el('li', 'facet-row' + (row.level > 0 ? ' child' : '') + (row.v.selected ? ' selected' : ''));
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
    return li;
  }

  function toggleValue(dim, value, on) {
    const values = current[dim].filter((v) => v !== value);
    if (on) values.push(value);
    pendingFocus = { dim: dim, value: value };
    navigate(withSearch(current, { [dim]: values }));
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
        if (values.length === 0) list.appendChild(el('li', 'facet-empty', 'No match'));
        for (const v of values) {
          list.appendChild(facetRow({ dim: dim, v: Object.assign({}, v, { selected: current[dim].includes(v.value) }), level: 0 }));
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

  function selectedYearSpan(state) {
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

  // ---------- timeline ----------

  let timelineBars = null; // what the chart currently shows, for brushing and resizing
  let paintedWidth = 0; // the chart box's width when last drawn

  // The year both ends of the date range fall in, when they fall in one: the timeline then shows
  // that year's months.
  function oneYearOf(state) {
    return state.from && state.to && state.from.slice(0, 4) === state.to.slice(0, 4)
      ? state.from.slice(0, 4) : null;
  }

  // The facets the page shows, the only ones the server need count: months only for one year.
  function shownFacets(state) {
    const dims = LIST_DIMS.concat(['year']);
    if (oneYearOf(state)) dims.push('month');
    return dims;
  }

  function drawTimeline(state, facets) {
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
  }

  function paintTimeline() {
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
    navigate(withSearch(current, { from: first.range.from, to: last.range.to }));
  }

  // ---------- article view ----------

  let shownArticle = null; // id of the article in the page

  function showArticle(state, opts) {
    show($('results-view'), false);
    show($('article-view'), true);
    const back = $('article-back');
    back.href = searchKey(state);
    if (searchController) searchController.abort();
    if (shownArticle === state.article) {
      placeArticle(state, opts);
      return;
    }
    loadArticle(state, opts);
  }

  async function loadArticle(state, opts) {
    if (articleController) articleController.abort();
    const controller = new AbortController();
    articleController = controller;
    shownArticle = null;
    show($('article-content'), false);
    $('article-status').textContent = 'Loading the article…';
    $('article-status').classList.remove('error');
    window.scrollTo(0, 0);
    try {
      const article = await getJson('/api/articles/' + encodeURIComponent(state.article), controller);
      if (controller !== articleController) return;
      shownArticle = state.article;
      drawArticle(article);
      $('article-status').textContent = '';
      show($('article-content'), true);
      placeArticle(state, opts);
    } catch (e) {
      if (e.name === 'AbortError' || controller !== articleController) return;
      $('article-status').textContent = e.message;
      $('article-status').classList.add('error');
      document.title = 'Article not shown – News archive';
    }
  }

  // Scrolls to the paragraph the reader came for, or to the top.
  function placeArticle(state, opts) {
    for (const p of document.querySelectorAll('#article-body .target')) p.classList.remove('target');
    const saved = history.state && typeof history.state.scrollY === 'number' ? history.state.scrollY : null;
    if (opts.popped && saved !== null) {
      window.scrollTo(0, saved);
      return;
    }
    const target = state.para !== null ? $('para-' + state.para) : null;
    if (target) {
      target.classList.add('target');
      target.scrollIntoView({ block: 'center' });
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
    drawEntities(article);
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

  function mentionNode(span, text) {
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

  function drawEntities(article) {
    const box = $('article-entities');
    clear(box);
    const groups = [
      ['Factions', 'faction', 'faction', (article.factions || []).map((f) => f.name)],
      ['Places', 'location', 'place', (article.locations || []).map((l) => l.name)],
    ];
    for (const [title, dim, kind, names] of groups) {
      if (names.length === 0) continue;
      const p = el('p', 'tags');
      p.appendChild(el('span', 'tags-title', title + ': '));
      for (const name of names) {
        p.appendChild(stateLink('tag ' + kind, name, withSearch(emptyState(), { [dim]: [name] })));
      }
      box.appendChild(p);
    }
  }

  function closeArticle() {
    if (history.state && history.state.fromResults) {
      history.back();
    } else {
      navigate(Object.assign({}, current, { article: '', para: null }));
    }
  }

  // ---------- wiring ----------

  function start() {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = $('q').value.trim();
      navigate(withSearch(current, { q: q, exact: false }));
    });
    $('sort').addEventListener('change', () => {
      navigate(withSearch(current, { sort: $('sort').value }));
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
    $('filters-toggle').addEventListener('click', () => {
      const open = $('sidebar').classList.toggle('open');
      $('filters-toggle').setAttribute('aria-expanded', String(open));
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
      }
    });
    window.addEventListener('popstate', () => {
      current = readState(location.search);
      render({ popped: true });
    });
    // The chart is drawn in pixels for its box, so redraw it when the box changes width.
    let resizeTimer = null;
    new ResizeObserver(() => {
      const width = $('timeline-chart').clientWidth;
      if (width === 0 || width === paintedWidth) return;
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(paintTimeline, 100);
    }).observe($('timeline-chart'));
    render({});
    $('q').focus();
  }

  start();
}());
