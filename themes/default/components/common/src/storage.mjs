// Everything the site keeps stays in this browser, under keys starting
// "sitegen.": in the tab (sessionStorage), except a training module's
// progress and quiz record once its learner has ticked "Remember my progress
// on this device" (localStorage["sitegen.remember.MODULE"] === "yes").

var REMEMBER_PREFIX = 'sitegen.remember.';

// window.localStorage or window.sessionStorage, or null: reading either can throw.
export function storageNamed(name) {
  try {
    return window[name] || null;
  } catch (e) {
    return null;
  }
}

// The key of a module's "remember" flag in localStorage.
export function rememberKey(moduleId) {
  return REMEMBER_PREFIX + moduleId;
}

// Where a module's progress and its quiz's record live right now (moduleId
// null: anything else the site keeps, which is always the tab's).
export function storageFor(moduleId) {
  var local = moduleId ? storageNamed('localStorage') : null;
  try {
    if (local && local.getItem(rememberKey(moduleId)) === 'yes') {
      return local;
    }
  } catch (e) {
    // localStorage blocked: the tab's own storage.
  }
  return storageNamed('sessionStorage');
}
