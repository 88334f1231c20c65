// What the quiz says, in one place, so the wording can be read (and changed)
// without reading the code around it.
export var TEXT = {
  selectOne: 'Select an answer to ',
  selectSome: 'Select at least one answer to ',
  correct: 'Correct',
  notQuite: 'Not quite',
  correctAnswerIs: 'The correct answer is: ',
  correctAnswersAre: 'The correct answers are:',
  learnMore: 'Learn more: ',
  resultTitle: 'Your result',
  tryAgain: 'Try again'
};

// "1 attempt", "3 attempts".
export function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}
