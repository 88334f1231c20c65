// Web storage, every access guarded (private browsing can refuse it).

export function read(storage, key) {
  try {
    var text = window[storage].getItem(key);
    return text ? JSON.parse(text) : null;
  } catch (e) {
    return null;
  }
}

export function write(storage, key, value) {
  try {
    window[storage].setItem(key, JSON.stringify(value));
    return true;
  } catch (e) {
    return false;
  }
}

// A random UUID (version 4), as xAPI wants for statement ids and registrations.
export function uuid() {
  var bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  var hex = '';
  for (var i = 0; i < 16; i++) {
    hex += (bytes[i] + 0x100).toString(16).slice(1);
    if (i === 3 || i === 5 || i === 7 || i === 9) {
      hex += '-';
    }
  }
  return hex;
}
