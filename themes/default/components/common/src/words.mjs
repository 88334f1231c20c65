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
