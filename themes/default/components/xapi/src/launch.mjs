// Who is learning, where statements go and with what credentials: from a
// cmi5-style launch (the LMS opens the module's start page with endpoint,
// fetch, actor, registration and activityId in its address), kept for the
// tab's session as the learner moves between the module's pages; or, with
// credentials "none", an anonymous learner (a random account name kept on
// this device) and a registration for each session.

import { read, uuid, write } from './store.mjs';

function param(name) {
  var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
  return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : null;
}

// cmi5's fetch URL hands out the credentials once: a POST, answered with
// { "auth-token": "..." }.
function fetchToken(url) {
  return window.fetch(url, { method: 'POST', credentials: 'omit' }).then(function (response) {
    if (!response.ok) {
      throw new Error('fetch URL answered ' + response.status);
    }
    return response.json();
  }).then(function (body) {
    if (!body || typeof body['auth-token'] !== 'string') {
      throw new Error('fetch URL gave no auth-token');
    }
    return 'Basic ' + body['auth-token'];
  });
}

// Calls back with the launch ({ endpoint, auth, actor, registration,
// activityId }), or null when statements are not to be sent.
export function currentLaunch(moduleId, lrs, siteUrl, done) {
  var key = 'sitegen.xapi.launch.' + moduleId;
  var endpoint = param('endpoint');
  var actor = param('actor');
  // A launch is taken whatever the setting: "none" only adds the anonymous learner without one.
  if (endpoint && param('fetch') && actor) {
    if (endpoint.charAt(endpoint.length - 1) !== '/') {
      endpoint += '/';
    }
    var launched;
    try {
      launched = { endpoint: endpoint, actor: JSON.parse(actor), registration: param('registration'), activityId: param('activityId') };
    } catch (e) {
      done(null);
      return;
    }
    fetchToken(param('fetch')).then(function (auth) {
      launched.auth = auth;
      write('sessionStorage', key, launched);
      done(launched);
    }, function () {
      done(null);
    });
    return;
  }
  var kept = read('sessionStorage', key);
  if (kept) {
    done(kept);
    return;
  }
  if (lrs.credentials !== 'none') {
    done(null); // not launched by an LMS: nothing to send, nor anyone to send it for
    return;
  }
  var name = read('localStorage', 'sitegen.xapi.learner');
  if (typeof name !== 'string') {
    name = uuid();
    write('localStorage', 'sitegen.xapi.learner', name);
  }
  var anonymous = {
    endpoint: lrs.endpoint,
    auth: null,
    actor: { objectType: 'Agent', account: { homePage: siteUrl, name: name } },
    registration: uuid(),
    activityId: null
  };
  write('sessionStorage', key, anonymous);
  done(anonymous);
}
