// Saved searches: the "Saved searches" menu in the header saves the search shown under a name,
// lists the saved ones with how many articles came in since each was last looked at, opens one
// (restoring its search and marking it seen) and deletes one.
//
// The saved-search API needs the archive's token. The page asks /api/session for it, which the
// server answers only for requests the browser marks as coming from this page's own origin, and
// sends it back in X-Archive-Token; it is kept in this module only, never in the URL or storage.
// Names and queries are inserted as text only.

import { $, clear, el, formatNumber, show } from './dom.js';
import { current, navigate, readState, toQuery } from './state.js';

let token = null; // the promise of the token, asked for once

function session() {
  if (!token) {
    token = fetch('/api/session', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => (body && typeof body.token === 'string' ? body.token : null))
      .catch(() => null);
  }
  return token;
}

// A call to the saved-search API; resolves to the answer's JSON (null for 204), or throws an
// Error with the server's sentence.
async function call(method, path, body) {
  const t = await session();
  if (!t) throw new Error('Saved searches are not available on this server.');
  const headers = { Accept: 'application/json', 'X-Archive-Token': t };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new Error('The server could not be reached.');
  }
  if (response.status === 204) return null;
  let answer = null;
  try {
    answer = await response.json();
  } catch (e) {
    answer = null;
  }
  if (!response.ok) {
    throw new Error(answer && typeof answer.error === 'string' ? answer.error
      : 'The server answered with status ' + response.status + '.');
  }
  return answer;
}

function say(text, isError) {
  const status = $('saved-status');
  status.textContent = text;
  status.classList.toggle('error', !!isError);
}

// The search shown, as the query string a saved search keeps (the server drops the page's place).
function shownQuery() {
  const q = toQuery(Object.assign({}, current, { article: '', para: null }));
  return q.startsWith('?') ? q.slice(1) : '';
}

// A name to offer for the search shown: its words, else its first filter, else "All articles".
function suggestedName() {
  if (current.q) return current.q;
  for (const dim of ['faction', 'location', 'country', 'site']) {
    if ((current[dim] || []).length > 0) return current[dim].join(', ');
  }
  return 'All articles';
}

function newText(count) {
  if (count === null || count === undefined) return '';
  return count === 0 ? 'nothing new since you last looked'
    : formatNumber(count) + ' new since you last looked';
}

function drawList(saved) {
  const list = $('saved-list');
  clear(list);
  let fresh = 0;
  for (const s of saved) {
    fresh += s.new || 0;
    const item = el('li', 'saved-item');
    item.dataset.id = String(s.id);
    const open = el('a', 'saved-open', s.name);
    open.href = s.links.page;
    open.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      openSaved(s);
    });
    item.appendChild(open);
    const count = el('span', 'saved-new' + (s.new > 0 ? ' fresh' : ''), newText(s.new));
    item.appendChild(count);
    const feeds = el('span', 'saved-feeds');
    const atom = el('a', null, 'Atom');
    atom.href = s.links.atom;
    const json = el('a', null, 'JSON Feed');
    json.href = s.links.json;
    feeds.append(atom, ' · ', json);
    item.appendChild(feeds);
    const remove = el('button', 'saved-delete link-button', 'Delete');
    remove.type = 'button';
    remove.setAttribute('aria-label', 'Delete saved search ' + s.name);
    remove.addEventListener('click', () => deleteSaved(s));
    item.appendChild(remove);
    list.appendChild(item);
  }
  if (saved.length === 0) list.appendChild(el('li', 'saved-none', 'No saved searches yet.'));
  const badge = $('saved-badge');
  badge.textContent = fresh > 0 ? formatNumber(fresh) + ' new' : '';
  show(badge, fresh > 0);
}

async function refresh() {
  try {
    const answer = await call('GET', '/api/saved');
    drawList(answer.saved || []);
  } catch (e) {
    say(e.message, true);
  }
}

async function openSaved(s) {
  $('saved').open = false;
  navigate(readState('?' + s.query), { focusResults: true });
  try {
    await call('POST', '/api/saved/' + s.id + '/seen');
  } catch (e) {
    say(e.message, true);
  }
  refresh();
}

async function deleteSaved(s) {
  try {
    await call('DELETE', '/api/saved/' + s.id);
    say('Deleted “' + s.name + '”.');
  } catch (e) {
    say(e.message, true);
  }
  refresh();
}

async function save(e) {
  e.preventDefault();
  const name = $('save-name').value.trim();
  if (!name) {
    say('Give the search a name.', true);
    return;
  }
  try {
    const saved = await call('POST', '/api/saved', { name, query: shownQuery() });
    say('Saved “' + saved.name + '”.');
  } catch (err) {
    say(err.message, true);
  }
  refresh();
}

// Shows the menu only where the server keeps saved searches and hands this page its token.
export async function startSaved() {
  if (!(await session())) return;
  show($('saved'), true);
  $('save-form').addEventListener('submit', save);
  $('saved').addEventListener('toggle', () => {
    if (!$('saved').open) return;
    $('save-name').value = suggestedName();
    say('');
    refresh();
  });
  refresh();
}
