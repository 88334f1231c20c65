// The search's words in the page's language: the form's data-search-words,
// made from the theme's strings for that language (search_* keys, their
// names in camelCase), and English where it has none. {query}, {count},
// {shown}, {total}, {audiences} and {text} are filled in by format.

var ENGLISH = {
  resultsNone: 'No results for {query}',
  resultsOne: '1 result for {query}',
  resultsMany: '{count} results for {query}',
  resultsForWhom: ', for {audiences}',
  resultsOr: ' or ',
  resultsShowing: 'Showing {shown} of {text}',
  noMatch: 'No pages match \u201c{query}\u201d. Check the spelling, or try other words. ',
  noMatchFiltered: 'None of the pages for the people you chose match \u201c{query}\u201d. Tick more boxes under \u201cShow results for\u201d, or clear them all to see every page that matches. ',
  worried: 'If you are worried about a child, or need to talk to someone, ',
  findHelp: 'find out how to get help',
  resultsLabel: 'Search results',
  showThisResult: 'Show this result on the search page',
  seeAll: 'See all {count} results for \u201c{query}\u201d',
  showingOfTotal: 'Showing {shown} of {total} results',
  showMore: 'Show more results',
  typingHint: 'Results appear under the box as you type. Press the down arrow to go to them.',
  loading: 'Loading search\u2026',
  notWorking: 'Sorry, search is not working at the moment. Try again, or ',
  notWorkingShort: 'Sorry, search is not working at the moment.',
  tryLater: 'try again later.'
};

var digits = null; // the page's language's own, when it has them

// The words of a search box's form.
export function wordsOf(form) {
  var words = {};
  var given = {};
  try {
    given = JSON.parse(form.getAttribute('data-search-words') || '{}') || {};
  } catch (e) {
    given = {};
  }
  for (var key in ENGLISH) {
    if (Object.prototype.hasOwnProperty.call(ENGLISH, key)) {
      words[key] = typeof given[key] === 'string' ? given[key] : ENGLISH[key];
    }
  }
  // The site's own language is English unless the page says otherwise: its
  // mid-sentence rules (a lower-case "for parents") apply to English only.
  words.english = !form.getAttribute('data-search-words') || given.english === 'true';
  digits = typeof given.digits === 'string' ? given.digits : null;
  return words;
}

export function format(template, values) {
  return window.SiteGenDom.say(template, values, digits);
}
