// JSON Canonicalization Scheme (RFC 8785), and the record's checksum made
// from it. Members sorted by name in UTF-16 code units (what sort() compares),
// no whitespace, strings and numbers as JSON.stringify writes them (the
// record's numbers are all integers). Members whose value is undefined are
// left out, as JSON.stringify leaves them out of the file.

import { sha256 } from './sha256.mjs';

var hasOwn = Object.prototype.hasOwnProperty;

export function canonicalise(value) {
  if (value === null) {
    return 'null';
  }
  if (value === true || value === false) {
    return value ? 'true' : 'false';
  }
  if (typeof value === 'number') {
    if (!isFinite(value)) {
      throw new Error('JCS: ' + value + ' is not a JSON number');
    }
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  var parts = [];
  var i;
  if (value instanceof Array) {
    for (i = 0; i < value.length; i++) {
      parts.push(canonicalise(value[i] === undefined ? null : value[i]));
    }
    return '[' + parts.join(',') + ']';
  }
  if (typeof value === 'object') {
    var keys = [];
    for (var key in value) {
      if (hasOwn.call(value, key) && value[key] !== undefined) {
        keys.push(key);
      }
    }
    keys.sort();
    for (i = 0; i < keys.length; i++) {
      parts.push(JSON.stringify(keys[i]) + ':' + canonicalise(value[keys[i]]));
    }
    return '{' + parts.join(',') + '}';
  }
  throw new Error('JCS: a ' + typeof value + ' is not JSON');
}

// "sha256:" + the SHA-256 of the record's canonical form without its checksum.
export function checksum(record) {
  var copy = {};
  for (var key in record) {
    if (hasOwn.call(record, key) && key !== 'checksum') {
      copy[key] = record[key];
    }
  }
  return 'sha256:' + sha256(canonicalise(copy));
}
