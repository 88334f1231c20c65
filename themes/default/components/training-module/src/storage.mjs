// Web storage, every access guarded: reading window.localStorage itself can
// throw (some private browsing modes), and so can any read or write.

// The stored string, null when there is none, undefined when storage failed.
export function getItem(storage, key) {
  if (!storage) {
    return undefined;
  }
  try {
    return storage.getItem(key);
  } catch (e) {
    return undefined;
  }
}

// True when it was stored.
export function setItem(storage, key, value) {
  if (!storage) {
    return false;
  }
  try {
    storage.setItem(key, value);
    return true;
  } catch (e) {
    return false;
  }
}

export function removeItem(storage, key) {
  if (!storage) {
    return;
  }
  try {
    storage.removeItem(key);
  } catch (e) {
    // Nothing was kept there, then.
  }
}
