// Small text and DOM helpers for search.

export var hasOwn = Object.prototype.hasOwnProperty;

// Spaces collapsed and trimmed: the query as it is searched and shown.
export function normalise(raw) {
  return raw.replace(/\s+/g, ' ').replace(/^ | $/g, '');
}

// "For parents and carers" -> "for parents and carers", for use mid-sentence
// (left alone when the second letter is a capital too: "NHS staff").
export function midSentence(text) {
  if (text.length > 1 && text.charAt(1) === text.charAt(1).toLowerCase()) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

// "For parents and carers" -> "Parents and carers": the checkbox labels sit
// under the legend "Show results for".
export function filterLabel(label) {
  var rest = label.replace(/^for\s+/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

// "a", "a or b", "a, b or c".
export function joinOr(items, or) {
  if (items.length < 2) {
    return items.join('');
  }
  return items.slice(0, -1).join(', ') + (or || ' or ') + items[items.length - 1];
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}
