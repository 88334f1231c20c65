// JSON kept in web storage, every access guarded (the training module's
// helpers: private browsing can refuse storage), and the UUIDs xAPI wants for
// statement ids and registrations (the certificate's, which records use).

import { getItem, setItem } from '../../training-module/src/storage.mjs';

export { uuid } from '../../certificate/src/uuid.mjs';

function named(storage) {
  try {
    return window[storage];
  } catch (e) {
    return null;
  }
}

export function read(storage, key) {
  try {
    var text = getItem(named(storage), key);
    return text ? JSON.parse(text) : null;
  } catch (e) {
    return null;
  }
}

export function write(storage, key, value) {
  return setItem(named(storage), key, JSON.stringify(value));
}
