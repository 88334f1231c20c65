// The module's statements: who (the launch's actor), what (the verbs ADL
// defines), which activity (addresses under the site's base URL), and the
// context (registration, the module as parent, the module's version as the
// activity's revision).

import { uuid } from './store.mjs';

var ADL = 'http://adlnet.gov/expapi/verbs/';

// Statements made together (answered, passed, completed, terminated) get
// timestamps a millisecond apart, so that a store sorts them as they happened.
var lastTime = 0;
function timestamp(at) {
  lastTime = Math.max(at || new Date().getTime(), lastTime + 1);
  return new Date(lastTime).toISOString();
}
var LANGUAGE = 'en-GB';

function verb(name) {
  var display = {};
  display[LANGUAGE] = name;
  return { id: ADL + name, display: display };
}

function activity(id, name, type) {
  var names = {};
  names[LANGUAGE] = name;
  return { objectType: 'Activity', id: id, definition: { name: names, type: 'http://adlnet.gov/expapi/activities/' + type } };
}

export function StatementMaker(launch, data) {
  var site = data.site.url;
  this.launch = launch;
  this.data = data;
  this.module = activity(launch.activityId || site + data.start, data.module.title, 'course');
  this.site = site;
}

// at: when it happened (milliseconds), if not now.
StatementMaker.prototype.make = function (name, object, extra, at) {
  var context = {
    platform: 'SiteGen',
    language: LANGUAGE,
    revision: this.data.module.version,
    contextActivities: object.id === this.module.id ? {} : { parent: [this.module] }
  };
  if (this.launch.registration) {
    context.registration = this.launch.registration;
  }
  var statement = {
    id: uuid(),
    timestamp: timestamp(at),
    actor: this.launch.actor,
    verb: verb(name),
    object: object,
    context: context
  };
  if (extra) {
    statement.result = extra;
  }
  return statement;
};

StatementMaker.prototype.moduleStatement = function (name, result, at) {
  return this.make(name, this.module, result, at);
};

StatementMaker.prototype.page = function (path, title, at) {
  return this.make('experienced', activity(this.site + path, title, 'lesson'), null, at);
};

// A question and what the learner chose: result.response is the options'
// ids joined by "[,]", as xAPI's choice interactions write them.
StatementMaker.prototype.answered = function (quizPath, question, chosen, success) {
  var id = this.site + quizPath + '#' + question.id;
  var object = activity(id, question.text || question.id, 'cmi.interaction');
  object.definition.interactionType = 'choice';
  return this.make('answered', object, { response: chosen.join('[,]'), success: success });
};
