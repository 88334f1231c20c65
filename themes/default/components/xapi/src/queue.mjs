// Statements wait in localStorage until the learning record store has them:
// a bad network or an LRS that fails loses nothing, and the learner never
// waits. Each statement has its id, so one sent twice (a page closed while its
// request was on the way) is stored once: the LRS answers 409 Conflict or
// takes it as the same statement.

import XAPI from '@xapi/xapi';
import { read, write } from './store.mjs';

var KEY = 'sitegen.xapi.queue';
var BATCH = 50;
var MAX_DELAY = 60000;

var sending = false;
var delay = 1000;
var timer = null;

function queued() {
  var items = read('localStorage', KEY);
  return items instanceof Array ? items : [];
}

// Adds statements (with where they go) and starts sending.
export function enqueue(launch, statements) {
  var items = queued();
  for (var i = 0; i < statements.length; i++) {
    items.push({ endpoint: launch.endpoint, auth: launch.auth, statement: statements[i] });
  }
  write('localStorage', KEY, items);
  flush();
}

function settle(ids) {
  var left = [];
  var items = queued();
  for (var i = 0; i < items.length; i++) {
    if (ids.indexOf(items[i].statement.id) === -1) {
      left.push(items[i]);
    }
  }
  write('localStorage', KEY, left);
}

function statusOf(error) {
  return error && error.response ? error.response.status : error && error.status;
}

// Sends the oldest batch for one endpoint; on success the next; on failure
// tries again later, waiting longer each time (up to a minute).
export function flush() {
  if (sending) {
    return;
  }
  var items = queued();
  if (!items.length) {
    delay = 1000;
    return;
  }
  var first = items[0];
  var batch = [];
  for (var i = 0; i < items.length && batch.length < BATCH; i++) {
    if (items[i].endpoint === first.endpoint && items[i].auth === first.auth) {
      batch.push(items[i].statement);
    }
  }
  sending = true;
  var xapi = new XAPI({ endpoint: first.endpoint, auth: first.auth || undefined, version: '1.0.3', adapter: 'fetch' });
  var ids = batch.map(function (s) {
    return s.id;
  });
  xapi.sendStatements({ statements: batch }).then(function () {
    sending = false;
    delay = 1000;
    settle(ids);
    flush();
  }, function (error) {
    sending = false;
    if (statusOf(error) === 409) {
      settle(ids); // already stored
      flush();
      return;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(flush, delay);
    delay = Math.min(MAX_DELAY, delay * 2);
  });
}

window.addEventListener('online', flush);
