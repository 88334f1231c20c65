// Small helpers (ES5: the module's pages run on the same browsers as the rest of the site).

export var hasOwn = Object.prototype.hasOwnProperty;

export function isObject(value) {
  return value !== null && typeof value === 'object' && !(value instanceof Array);
}

export function nowIso() {
  return new Date().toISOString();
}

// classList.toggle's second argument is not everywhere (IE 11).
export function setClass(node, name, on) {
  if (on) {
    node.classList.add(name);
  } else {
    node.classList.remove(name);
  }
}

// A time written by toISOString, as a number (NaN when it is not one).
export function timeOf(value) {
  return typeof value === 'string' ? new Date(value).getTime() : NaN;
}
