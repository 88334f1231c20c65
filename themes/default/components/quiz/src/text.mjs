// What the quiz says, in one place, so the wording can be read (and changed)
// without reading the code around it. These are the theme's English words
// (strings/en.yaml, the quiz_ keys, camelCased); a page in another language,
// or a site that rewords them, passes its own as JSON in the quiz's
// data-quiz-words, as the search and the quick exit do. Words in {braces} are
// filled in; a word ending One is said for 1, Other for any other number.
export var TEXT = {
  questionName: 'question {number}',
  selectOne: 'Select an answer to {question}',
  selectSome: 'Select at least one answer to {question}',
  correct: 'Correct',
  notQuite: 'Not quite',
  true: 'True',
  false: 'False',
  correctAnswerIs: 'The correct answer is:',
  correctAnswersAre: 'The correct answers are:',
  learnMore: 'Learn more: {title}',
  resultTitle: 'Your result',
  scored: 'You scored {score} out of {total} ({percent}%).',
  passed: 'You passed: the pass mark is {pass}%.',
  notPassed: 'You did not pass: the pass mark is {pass}%.',
  attemptOf: 'This is attempt {number} of {limit}.',
  attemptCountOne: '{count} attempt',
  attemptCountOther: '{count} attempts',
  attemptsLeft: 'You have used {used} of your {limit}. You have {left} left.',
  attemptsNoneLeftOne: 'You have used your only attempt, so you cannot try this quiz again.',
  attemptsNoneLeftOther: 'You have used all {limit}, so you cannot try this quiz again.',
  resultNext: 'Each question now says whether your answer was right, with an explanation. All the answers are also at the end of the quiz.',
  confidenceNow: 'Say how confident you feel now',
  confidenceNowNote: '(your answer stays in this browser tab).',
  tryAgain: 'Try again',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:'
};

var digits = null; // the page's language's own, when it has them

// Takes the words a quiz's markup carries (data-quiz-words), if any: every
// quiz on a page is in the page's language, so the first one's serve all.
export function useWords(root) {
  digits = window.SiteGenDom.takeWords(root, 'data-quiz-words', TEXT, function (key) {
    return key;
  }) || digits;
}

// TEXT[key] with each {name} replaced by values[name] (components/common).
export function say(key, values) {
  return window.SiteGenDom.say(TEXT[key], values, digits);
}

// "1 attempt", "3 attempts": keyOne for 1, keyOther for any other number.
export function count(key, n, values) {
  var all = { count: n };
  for (var name in values || {}) {
    if (Object.prototype.hasOwnProperty.call(values, name)) {
      all[name] = values[name];
    }
  }
  return say(key + (n === 1 ? 'One' : 'Other'), all);
}
