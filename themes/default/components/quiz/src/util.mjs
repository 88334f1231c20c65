// Small value helpers (ES5: the quiz runs on the same browsers as the rest of the site).

export function toArray(list) {
  var out = [];
  for (var i = 0; i < list.length; i++) {
    out.push(list[i]);
  }
  return out;
}

export function isObject(value) {
  return value !== null && typeof value === 'object' && !(value instanceof Array);
}

export function nowIso() {
  return new Date().toISOString();
}

// A shuffled copy (Fisher-Yates).
export function shuffled(items) {
  var copy = items.slice();
  for (var i = copy.length - 1; i > 0; i--) {
    var j = Math.floor(Math.random() * (i + 1));
    var t = copy[i];
    copy[i] = copy[j];
    copy[j] = t;
  }
  return copy;
}
