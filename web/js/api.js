// Fetching from the JSON API under /api. One search and one article request are in flight at a
// time: starting another, or switching view, cancels the one before, whose answer would be stale.

import { appendFilters } from './state.js';

let searchController = null;
let articleController = null;

// A new search request's controller; any search still running is cancelled.
export function startSearch() {
  if (searchController) searchController.abort();
  searchController = new AbortController();
  return searchController;
}

// Whether `controller` belongs to the latest search, the only one whose answer is shown.
export function isLatestSearch(controller) {
  return controller === searchController;
}

export function abortSearch() {
  if (searchController) searchController.abort();
}

// A new article request's controller; any article still loading is cancelled.
export function startArticle() {
  if (articleController) articleController.abort();
  articleController = new AbortController();
  return articleController;
}

// Whether `controller` belongs to the latest article request, the only one whose answer is shown.
export function isLatestArticle(controller) {
  return controller === articleController;
}

export function abortArticle() {
  if (articleController) articleController.abort();
}

export async function getJson(url, controller) {
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

export function apiParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  appendFilters(p, state);
  if (state.exact) p.set('exact', 'true');
  return p;
}
