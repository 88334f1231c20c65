// n (a number or a string of digits) with zeros in front to at least width
// characters: "07" for a month, "0a3f..." for a hex word.
export function pad(n, width) {
  var s = String(n);
  while (s.length < width) {
    s = '0' + s;
  }
  return s;
}
