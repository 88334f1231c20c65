// Which options were chosen, and how an attempt scores.

// Right only when exactly the correct set is chosen (for every kind).
export function isRight(leaf, chosen) {
  for (var i = 0; i < leaf.data.options.length; i++) {
    var option = leaf.data.options[i];
    var picked = chosen.indexOf(String(option.id)) !== -1;
    if (picked !== (option.correct === true)) {
      return false;
    }
  }
  return chosen.length > 0;
}

// The ids of the ticked options of a question, in data order.
function chosenIds(leaf) {
  var ids = [];
  for (var i = 0; i < leaf.data.options.length; i++) {
    var id = String(leaf.data.options[i].id);
    if (leaf.inputById[id].checked) {
      ids.push(id);
    }
  }
  return ids;
}

// Answers of the asked questions: { leafId: [optionId, ...] } in data order.
export function collectAnswers(quiz) {
  var answers = {};
  for (var i = 0; i < quiz.drawn.length; i++) {
    for (var j = 0; j < quiz.drawn[i].leaves.length; j++) {
      var leaf = quiz.drawn[i].leaves[j];
      answers[leaf.id] = chosenIds(leaf);
    }
  }
  return answers;
}

// { score, total, percent, passed } of the answers to the given questions
// (passed: null when the quiz has no pass mark).
export function scoreAnswers(leaves, answers, passMark) {
  var score = 0;
  for (var i = 0; i < leaves.length; i++) {
    if (isRight(leaves[i], answers[leaves[i].id] || [])) {
      score += 1;
    }
  }
  var total = leaves.length;
  // Whole percent, rounded down, so the number shown and the pass decision
  // always agree (79.6% shows as 79% and does not pass an 80% mark).
  var percent = total ? Math.floor((score * 100) / total) : 0;
  return {
    score: score,
    total: total,
    percent: percent,
    passed: passMark === null ? null : percent >= passMark
  };
}
