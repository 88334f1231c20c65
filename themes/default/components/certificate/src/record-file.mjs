// The record as a file: its name, and saving it in this browser.

// The learner's name as it goes in the file name: lower case, accents
// removed (NFD, then the combining marks dropped), every run of anything
// else that is not a-z or 0-9 one hyphen, no hyphen at either end, at most
// NAME_LENGTH characters: Zoe O'Brien-Smith (an e with a diaeresis) is
// "zoe-o-brien-smith". Empty for a name with no Latin letters or digits.
// (Without String.prototype.normalize, as in IE 11, an accented letter
// becomes a hyphen.)
var NAME_LENGTH = 40;
var COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

export function nameSlug(name) {
  var text = String(name).toLowerCase();
  if (typeof text.normalize === 'function') {
    text = text.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  var slug = text.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, NAME_LENGTH).replace(/-+$/, '');
}

// completion-MODULE-NAME-COMPLETEDON.json, so records from many learners
// can sit in one folder (or one email) without one replacing another. A
// name that gives no slug is replaced by the record id's first 8 characters.
export function fileName(record) {
  var who = nameSlug(record.learner.name) || String(record.recordId).slice(0, 8);
  return 'completion-' + record.module.id + '-' + who + '-' + record.completedOn + '.json';
}

// Saves text as a file, the way that works in this browser.
export function saveFile(name, text) {
  var type = 'application/json';
  if (typeof window.Blob === 'function') {
    var blob = new window.Blob([text], { type: type });
    if (window.navigator && typeof window.navigator.msSaveOrOpenBlob === 'function') {
      window.navigator.msSaveOrOpenBlob(blob, name); // old Edge and IE
      return;
    }
    if (window.URL && typeof window.URL.createObjectURL === 'function') {
      var url = window.URL.createObjectURL(blob);
      clickDownload(name, url);
      window.setTimeout(function () {
        window.URL.revokeObjectURL(url);
      }, 10000);
      return;
    }
  }
  clickDownload(name, 'data:' + type + ';charset=utf-8,' + encodeURIComponent(text));
}

function clickDownload(name, href) {
  var link = document.createElement('a');
  link.setAttribute('href', href);
  link.setAttribute('download', name);
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
}
