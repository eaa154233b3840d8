// Small DOM builders, text only. Text from articles is only ever inserted as text nodes; the one
// markup accepted is the <mark> in snippets, which is rebuilt by hand rather than parsed as HTML.
import { navigate, toQuery } from './state.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const $ = (id) => document.getElementById(id);
const regionNames = typeof Intl.DisplayNames === 'function'
  ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function show(node, visible) {
  node.hidden = !visible;
}

// An internal link: a real href (so it can be opened in a new tab or copied) whose plain
// click is handled in the page.
export function stateLink(className, text, state, options) {
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
export function snippetNodes(html) {
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
export function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

// The archive's one name for each country code, from the country facet's "name" (TR is Turkey,
// where the browser's region names may say Türkiye).
const archiveCountryNames = new Map();

export function rememberCountryNames(values) {
  (values || []).forEach((v) => {
    if (v && v.name) archiveCountryNames.set(v.value, v.name);
  });
}

export function countryName(code) {
  if (!code) return '';
  if (archiveCountryNames.has(code)) return archiveCountryNames.get(code);
  try {
    const name = regionNames ? regionNames.of(code) : null;
    return name && name !== code ? name : code;
  } catch (e) {
    return code;
  }
}

export function valueLabel(dim, value) {
  return dim === 'country' ? countryName(value) : value;
}

export function formatNumber(n) {
  return Number(n).toLocaleString('en');
}
