// What the module's panels say, in one place: the theme's English words
// (strings/en.yaml, the training_ keys, camelCased without the prefix). A site
// whose words differ (another language, or its own wording) passes them all as
// JSON in data-training-words, as the quiz and search do. Words in {braces}
// are filled in; a word ending One is said for 1, Other for any other number.
export var TEXT = {
  read: 'Read',
  notRead: 'Not read yet',
  passed: 'Passed: {percent}%',
  notPassed: 'Not passed yet: best {percent}%',
  notStarted: 'Not started',
  progressOne: 'You have read {read} of {count} page.',
  progressOther: 'You have read {read} of {count} pages.',
  cleared: 'Your progress on this module has been cleared.',
  remembered: 'Your progress on this module will be kept in this browser on this device until you clear it.',
  forgotten: 'Your progress on this module will be kept in this browser tab only, and is gone when you close it.',
  cannotRemember: 'This browser did not let us keep your progress on this device. It is kept in this browser tab only.',
  passedShort: 'You passed.',
  passedShortNext: 'Next, get your certificate and download your completion record for your training lead.',
  getCertificate: 'Get your certificate'
};

var digits = null; // the site's language's own, when it has them

// Takes the words a module's markup carries (data-training-words: every
// training_ word, camelCased with its prefix), if any.
export function useWords(node) {
  digits = window.SiteGenDom.takeWords(node, 'data-training-words', TEXT, function (key) {
    return 'training' + key.charAt(0).toUpperCase() + key.slice(1);
  });
}

// TEXT[key] with each {name} replaced by values[name] (components/common).
export function say(key, values) {
  return window.SiteGenDom.say(TEXT[key], values, digits);
}
