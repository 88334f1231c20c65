// Dates as the record and the certificate write them: the learner's own
// calendar date of a moment, and the refresher date months after it.

import { pad } from './pad.mjs';

// The learner's own calendar date of a moment: { year, month (1-12), day }.
export function localDate(iso) {
  var d = new Date(iso);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function daysInMonth(year, month) {
  return new Date(year, month, 0).getDate(); // day 0 of the next month
}

// As .NET's DateOnly.AddMonths: the day is kept, or the month's last day
// when the month is shorter (31 January + 1 month = 28 or 29 February).
export function addMonths(date, months) {
  var index = date.year * 12 + (date.month - 1) + months;
  var year = Math.floor(index / 12);
  var month = index - year * 12 + 1;
  return { year: year, month: month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function isoDate(date) {
  return pad(date.year, 4) + '-' + pad(date.month, 2) + '-' + pad(date.day, 2);
}

export function parseIsoDate(text) {
  var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text));
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

// A toISOString time, or fallback when value is not a time.
export function isoTime(value, fallback) {
  var t = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
  return isFinite(t) ? new Date(t).toISOString() : fallback;
}
