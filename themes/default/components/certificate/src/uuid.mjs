// The record's id: a random (version 4) UUID.

import { pad } from './pad.mjs';

export function uuid() {
  var c = window.crypto || window.msCrypto;
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch (e) {
      // Not in a secure context in some browsers: use the bytes below.
    }
  }
  var bytes = [];
  var i;
  if (c && typeof c.getRandomValues === 'function' && typeof window.Uint8Array === 'function') {
    var buffer = new window.Uint8Array(16);
    c.getRandomValues(buffer);
    for (i = 0; i < 16; i++) {
      bytes.push(buffer[i]);
    }
  } else {
    for (i = 0; i < 16; i++) {
      bytes.push(Math.floor(Math.random() * 256));
    }
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx
  var hex = '';
  for (i = 0; i < 16; i++) {
    hex += pad(bytes[i].toString(16), 2);
    if (i === 3 || i === 5 || i === 7 || i === 9) {
      hex += '-';
    }
  }
  return hex;
}
