/*
 * The completion record (docs/completion-record.md) a learner downloads from
 * the certificate page: built from the module's data and the learner's own
 * progress and quiz record, with its checksum (SHA-256 of the RFC 8785
 * canonical form of the record without its checksum). Plain synchronous
 * JavaScript, so it works on plain http and from file:// too, where
 * crypto.subtle may be missing.
 *
 * Puts on window.SiteGenTraining: sha256, canonicalise, checksum,
 * completionRecord, nameSlug, fileName and addMonths (for tools and tests),
 * and .completion, what certificate.js shows and saves the record with.
 * Storage goes through the helpers of training-module.js on the same object.
 *
 * The parts are in src/: sha256, canonical-json, dates, uuid, record and
 * record-file. esbuild builds this into completion-record.js, a classic
 * script. ES5 syntax apart from import and export.
 */

import { canonicalise, checksum } from './src/canonical-json.mjs';
import { addMonths, isoDate, localDate, parseIsoDate } from './src/dates.mjs';
import { completionRecord, ensureRecordId, state } from './src/record.mjs';
import { fileName, nameSlug, saveFile } from './src/record-file.mjs';
import { sha256 } from './src/sha256.mjs';

var api = window.SiteGenTraining = window.SiteGenTraining || {};
api.sha256 = sha256;
api.canonicalise = canonicalise;
api.checksum = checksum;
api.completionRecord = completionRecord;
api.nameSlug = nameSlug;
api.fileName = fileName;
api.addMonths = function (date, months) {
  var parsed = parseIsoDate(date);
  return parsed ? isoDate(addMonths(parsed, months)) : null;
};
// What the certificate page shows the record with.
api.completion = {
  localDate: localDate,
  addMonths: addMonths,
  ensureRecordId: ensureRecordId,
  state: state,
  fileName: fileName,
  saveFile: saveFile
};
