// The LMS's SCORM 1.2 API object, found as the SCORM 1.2 run-time
// environment says: up the chain of parent frames, then from the window that
// opened this one and its parents. Null outside an LMS.

var MAX_FRAMES = 500; // the depth the SCORM 1.2 reference code searches to

function searchUp(win) {
  for (var depth = 0; win && depth < MAX_FRAMES; depth++) {
    try {
      if (win.API && typeof win.API.LMSInitialize === 'function') {
        return win.API;
      }
    } catch (e) {
      // A frame of another origin: its API cannot be ours.
    }
    if (!win.parent || win.parent === win) {
      return null;
    }
    win = win.parent;
  }
  return null;
}

export function findApi() {
  var api = searchUp(window);
  if (!api) {
    try {
      api = window.opener ? searchUp(window.opener) : null;
    } catch (e) {
      api = null;
    }
  }
  return api;
}

// Calls an API function, never throwing: an LMS that fails must not stop
// the learner reading the module.
export function call(api, name, args) {
  try {
    return String(api[name].apply(api, args || []));
  } catch (e) {
    return 'false';
  }
}

export function lastError(api) {
  return call(api, 'LMSGetLastError', []);
}
