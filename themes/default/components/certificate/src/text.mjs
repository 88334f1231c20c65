// What the certificate page says, in one place: the theme's English words
// (strings/en.yaml: the certificate_ keys camelCased without the prefix in
// TEXT; the shared error, date and month words in GENERAL, by their own
// names). A site whose words differ (another language, or its own wording)
// passes them all as JSON in data-certificate-words, as the quiz does.
export var TEXT = {
  score: '{score} out of {total} ({percent}%)',
  downloaded: 'Your completion record has been downloaded.',
  cannotDownload: 'Your completion record could not be made in this browser. Print or save your certificate as a PDF instead, and tell your training lead.',
  enterName: 'Enter your full name',
  nameTooLong: 'Full name must be 200 characters or fewer',
  enterOrganisation: 'Enter your organisation',
  organisationTooLong: 'Organisation must be 200 characters or fewer',
  enterRole: 'Enter your role',
  roleTooLong: 'Role must be 200 characters or fewer',
  staffIdTooLong: 'Staff number must be 100 characters or fewer',
  emailInvalid: 'Enter an email address in the correct format, like name@example.com',
  emailTooLong: 'Email address must be 254 characters or fewer'
};

export var GENERAL = {
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  dateFormat: '{day} {month} {year}',
  month1: 'January',
  month2: 'February',
  month3: 'March',
  month4: 'April',
  month5: 'May',
  month6: 'June',
  month7: 'July',
  month8: 'August',
  month9: 'September',
  month10: 'October',
  month11: 'November',
  month12: 'December'
};

var hasOwn = Object.prototype.hasOwnProperty;
var digits = null; // the site's language's own, when it has them

// Takes the words the certificate's markup carries (data-certificate-words), if any.
export function useWords(root) {
  digits = window.SiteGenDom.takeWords(root, 'data-certificate-words', TEXT, function (key) {
    return 'certificate' + key.charAt(0).toUpperCase() + key.slice(1);
  });
  window.SiteGenDom.takeWords(root, 'data-certificate-words', GENERAL, function (key) {
    return key;
  });
}

// TEXT[key] (or GENERAL[key]) with each {name} replaced by values[name] (components/common).
export function say(key, values) {
  return window.SiteGenDom.say(hasOwn.call(TEXT, key) ? TEXT[key] : GENERAL[key], values, digits);
}

// "21 November 2026", or as the site's language writes a date.
export function writtenDate(date) {
  return say('dateFormat', { day: date.day, month: GENERAL['month' + date.month], year: date.year });
}
