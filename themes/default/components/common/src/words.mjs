// The theme's words with {name} filled in, as every script says them. A
// number is written in the language's own digits (its strings file's digits
// key: ten characters, 0 to 9) when the page gives them; text goes in as it is.

export function say(words, values, digits) {
  return String(words).replace(/\{(\w+)\}/g, function (whole, name) {
    if (!values || !Object.prototype.hasOwnProperty.call(values, name)) {
      return whole;
    }
    var value = values[name];
    return typeof value === 'number' ? inDigits(String(value), digits) : String(value);
  });
}

// The digits 0 to 9 of text written with digits (a string of ten).
export function inDigits(text, digits) {
  if (typeof digits !== 'string' || digits.length !== 10 || digits === '0123456789') {
    return text;
  }
  return text.replace(/[0-9]/g, function (digit) {
    return digits.charAt(+digit);
  });
}

// Takes a component's words from the JSON in one of node's attributes (made
// from the theme's strings file for the page's language) into table, its
// English: each of table's keys is looked for as nameOf(key). Returns the
// language's digits when the words give them, else null.
export function takeWords(node, attribute, table, nameOf) {
  var json = node && node.getAttribute(attribute);
  if (!json) {
    return null;
  }
  try {
    var words = JSON.parse(json);
    for (var key in table) {
      if (Object.prototype.hasOwnProperty.call(table, key) && typeof words[nameOf(key)] === 'string') {
        table[key] = words[nameOf(key)];
      }
    }
    return typeof words.digits === 'string' ? words.digits : null;
  } catch (e) {
    return null; // malformed words: the English stays
  }
}
