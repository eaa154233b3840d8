// The article view's "Cite" control: the archive's plain reference for the article (fetched when
// the control is first opened), a button that copies it, and its RIS record as a download for
// reference managers such as Zotero.

import { getJson } from './api.js';
import { $ } from './dom.js';

let articleId = null; // the article the control is for
let loadedId = null; // the article whose reference is shown
let controller = null;

// Makes the control the one of article `id`, closed, its RIS link ready.
export function setCiteArticle(id) {
  articleId = id;
  loadedId = null;
  if (controller) controller.abort();
  $('article-cite').open = false;
  $('cite-text').textContent = '';
  $('cite-status').textContent = '';
  $('cite-copy').disabled = true;
  $('cite-ris').href = risPath(id);
}

function risPath(id) {
  return '/api/articles/' + encodeURIComponent(id) + '/cite.ris';
}

async function load() {
  if (loadedId === articleId) return;
  const id = articleId;
  if (controller) controller.abort();
  controller = new AbortController();
  $('cite-status').textContent = 'Loading the reference…';
  try {
    const cite = await getJson('/api/articles/' + encodeURIComponent(id) + '/cite', controller);
    if (id !== articleId) return;
    loadedId = id;
    $('cite-text').textContent = cite.text;
    $('cite-ris').href = cite.ris || risPath(id);
    $('cite-copy').disabled = false;
    $('cite-status').textContent = '';
  } catch (e) {
    if (e.name === 'AbortError' || id !== articleId) return;
    $('cite-status').textContent = e.message;
  }
}

async function copy() {
  const text = $('cite-text').textContent;
  try {
    await navigator.clipboard.writeText(text);
    $('cite-status').textContent = 'Copied.';
  } catch (e) {
    // No clipboard access (an insecure origin, or permission refused): select it for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents($('cite-text'));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    $('cite-status').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

export function watchCite() {
  $('article-cite').addEventListener('toggle', () => {
    if ($('article-cite').open) load();
  });
  $('cite-copy').addEventListener('click', copy);
}
