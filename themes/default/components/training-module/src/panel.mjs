// The module's start page (section.training-module): which pages have been
// read and how the quiz went, the link to the certificate once the quiz is
// passed, and "Remember my progress on this device" and "Clear my progress".

import { bestPercent, latestPass, readQuizRecord } from './module-data.mjs';
import { clearModule, readProgress } from './progress.mjs';
import { remembers, setRemember } from './remember.mjs';
import { say, TEXT } from './text.mjs';
import { hasOwn, setClass } from './util.mjs';

function Panel(root, data) {
  this.root = root;
  this.data = data;
  this.id = String(data.module.id);
  this.quizId = data.module.quizId ? String(data.module.quizId) : null;
  this.quizPath = null;
  for (var i = 0; i < data.pages.length; i++) {
    if (data.pages[i] && data.pages[i].quiz === true) {
      this.quizPath = data.pages[i].path;
    }
  }
  this.progressLine = root.querySelector('[data-training-progress]');
  this.items = root.querySelectorAll('[data-training-page]');
  this.certificate = root.querySelector('[data-training-certificate]');
  this.storage = root.querySelector('[data-training-storage]');
  this.remember = root.querySelector('[data-training-remember]');
  this.clear = root.querySelector('[data-training-clear]');
  this.status = root.querySelector('[data-training-cleared]');
  this.statusTimer = null;
}

Panel.prototype.init = function () {
  var self = this;
  this.root.setAttribute('data-training-init', 'true');
  this.root.classList.add('training-module--enhanced');

  // The link to each page is described by its state ("Read"), as the
  // GOV.UK task list does, so a screen reader says it with the link.
  for (var i = 0; i < this.items.length; i++) {
    var state = this.items[i].querySelector('[data-training-state]');
    var link = this.items[i].querySelector('a');
    if (state && link) {
      state.id = state.id || 'training-module-' + this.id + '-state-' + (i + 1);
      link.setAttribute('aria-describedby', state.id);
    }
  }

  if (this.remember) {
    this.remember.addEventListener('change', function () {
      self.changeRemember();
    });
  }
  if (this.clear) {
    this.clear.addEventListener('click', function () {
      self.clearProgress();
    });
  }
  // Another tab of this browser may change what is remembered.
  window.addEventListener('storage', function () {
    self.render();
  });
  // Back to this page from the back-forward cache: show the latest.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      self.render();
    }
  });

  this.render();
  if (this.storage) {
    this.storage.hidden = false;
  }
};

Panel.prototype.render = function () {
  var progress = readProgress(this.id);
  var record = this.quizId ? readQuizRecord(this.id, this.quizId) : { attempts: [] };
  var pass = latestPass(record);
  var read = 0;
  for (var i = 0; i < this.items.length; i++) {
    var item = this.items[i];
    var path = item.getAttribute('data-training-page');
    var state = item.querySelector('[data-training-state]');
    var isRead = hasOwn.call(progress.pagesRead, path);
    var done = isRead;
    var text;
    if (isRead) {
      read += 1;
    }
    if (path === this.quizPath) {
      if (pass) {
        text = say('passed', { percent: pass.percent });
        done = true;
      } else if (record.attempts.length) {
        text = say('notPassed', { percent: bestPercent(record) });
        done = false;
      } else {
        text = TEXT.notStarted;
        done = false;
      }
    } else {
      text = isRead ? TEXT.read : TEXT.notRead;
    }
    setClass(item, 'training-module__page--done', done);
    if (state) {
      state.textContent = text;
      setClass(state, 'training-module__state--done', done);
    }
  }
  if (this.progressLine) {
    this.progressLine.textContent = say(this.items.length === 1 ? 'progressOne' : 'progressOther', { read: read, count: this.items.length });
    this.progressLine.hidden = false;
  }
  if (this.certificate) {
    this.certificate.hidden = !pass;
  }
  if (this.remember) {
    this.remember.checked = remembers(this.id);
  }
};

// Says text in the role=status element: emptied first, so the same words
// said twice are announced twice.
Panel.prototype.say = function (text) {
  var status = this.status;
  if (!status) {
    return;
  }
  if (this.statusTimer) {
    window.clearTimeout(this.statusTimer);
  }
  status.textContent = '';
  this.statusTimer = window.setTimeout(function () {
    status.textContent = text;
  }, 100);
};

Panel.prototype.changeRemember = function () {
  var on = this.remember.checked;
  if (setRemember(this.id, this.quizId, on)) {
    this.say(on ? TEXT.remembered : TEXT.forgotten);
  } else {
    this.remember.checked = false;
    this.say(TEXT.cannotRemember);
  }
};

Panel.prototype.clearProgress = function () {
  clearModule(this.id, this.quizId);
  this.render();
  this.say(TEXT.cleared);
};

// Shows the start page's panel for the module's data.
export function initPanel(root, data) {
  new Panel(root, data).init();
}
