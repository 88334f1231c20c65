// Confidence questions ("How confident are you...?"), asked before and after
// the questions. Their answers are kept in the quiz's record, not scored.

import { writeRecord } from './storage.mjs';
import { toArray } from './util.mjs';

// The fieldsets of the form: { fieldset, phase: 'before'|'after', id, inputs }.
export function readConfidenceSets(form) {
  var confidence = [];
  var sets = form.querySelectorAll('.quiz__confidence');
  for (var c = 0; c < sets.length; c++) {
    confidence.push({
      fieldset: sets[c],
      phase: sets[c].getAttribute('data-phase') === 'after' ? 'after' : 'before',
      id: sets[c].getAttribute('data-confidence-id'),
      inputs: toArray(sets[c].querySelectorAll('input.quiz__input'))
    });
  }
  return confidence;
}

// Ticks the answers kept in the record (none: nothing ticked).
export function restoreConfidence(quiz) {
  for (var i = 0; i < quiz.confidence.length; i++) {
    var set = quiz.confidence[i];
    var saved = set.phase === 'after' ? quiz.record.confidenceAfter : quiz.record.confidenceBefore;
    var value = saved && saved[set.id];
    for (var j = 0; j < set.inputs.length; j++) {
      set.inputs[j].checked = value !== undefined && value !== null && String(value) === set.inputs[j].value;
    }
  }
}

export function setConfidenceEnabled(quiz, phase, enabled) {
  for (var i = 0; i < quiz.confidence.length; i++) {
    if (quiz.confidence[i].phase === phase) {
      for (var j = 0; j < quiz.confidence[i].inputs.length; j++) {
        quiz.confidence[i].inputs[j].disabled = !enabled;
      }
    }
  }
}

// Keeps the answer when input is a confidence question's (true), or says it
// is not one (false).
export function confidenceChanged(quiz, input) {
  for (var i = 0; i < quiz.confidence.length; i++) {
    var set = quiz.confidence[i];
    if (set.inputs.indexOf(input) !== -1) {
      if (input.checked) {
        var target = set.phase === 'after' ? quiz.record.confidenceAfter : quiz.record.confidenceBefore;
        var n = parseInt(input.value, 10);
        target[set.id] = isFinite(n) ? n : input.value;
        writeRecord(quiz.id, quiz.record, quiz.moduleId);
      }
      return true;
    }
  }
  return false;
}

// The first "after" input that is ticked, else the first "after" input, or
// null: where "Say how confident you feel now" goes.
export function afterConfidenceInput(quiz, ticked) {
  for (var c = 0; c < quiz.confidence.length; c++) {
    for (var d = 0; d < quiz.confidence[c].inputs.length; d++) {
      if (quiz.confidence[c].phase === 'after' && (!ticked || quiz.confidence[c].inputs[d].checked)) {
        return quiz.confidence[c].inputs[d];
      }
    }
  }
  return null;
}
