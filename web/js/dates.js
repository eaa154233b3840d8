// Dates and date ranges: the filters' from/to are ISO days, and a year or a month is the range
// from its first day to its last.

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return iso || '';
  return parseInt(m[3], 10) + ' ' + MONTHS[parseInt(m[2], 10) - 1] + ' ' + m[1];
}

function lastDayOfMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad2(n) {
  return (n < 10 ? '0' : '') + n;
}

export function yearRange(year) {
  return { from: year + '-01-01', to: year + '-12-31' };
}

export function monthRange(year, month) {
  return { from: year + '-' + pad2(month) + '-01',
    to: year + '-' + pad2(month) + '-' + pad2(lastDayOfMonth(year, month)) };
}

// The range a date mention stands for, or null when it is not a plain day, month or year.
export function mentionRange(value) {
  let m = /^(\d{4})$/.exec(value || '');
  if (m) return yearRange(m[1]);
  m = /^(\d{4})-(\d{2})$/.exec(value || '');
  if (m) return monthRange(parseInt(m[1], 10), parseInt(m[2], 10));
  m = /^\d{4}-\d{2}-\d{2}$/.exec(value || '');
  return m ? { from: value, to: value } : null;
}

export function rangeLabel(from, to) {
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
