// The "Download N results" control in the toolbar: links to /api/export carrying the search
// shown, one for CSV (opens in a spreadsheet) and one for JSON Lines. The server streams every
// hit, however many, so the links need no paging.

import { apiParams } from './api.js';
import { $, clear, el, formatNumber } from './dom.js';

function exportLink(state, format, text, label) {
  const params = apiParams(state);
  params.set('sort', state.sort);
  params.set('format', format);
  const link = el('a', 'export-link', text);
  link.id = 'export-' + format;
  link.href = '/api/export?' + params.toString();
  link.setAttribute('download', '');
  link.setAttribute('aria-label', label);
  return link;
}

export function drawExport(state, total) {
  const box = $('export');
  clear(box);
  if (total <= 0) return;
  const count = formatNumber(total) + (total === 1 ? ' result' : ' results');
  box.appendChild(exportLink(state, 'csv', 'Download ' + count, 'Download ' + count + ' as CSV'));
  box.appendChild(document.createTextNode(' '));
  box.appendChild(exportLink(state, 'jsonl', 'JSON Lines', 'Download ' + count + ' as JSON Lines'));
}
