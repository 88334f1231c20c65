/*
 * Certificate: a training module's certificate and completion record, made in
 * the learner's browser from their own quiz result (see README.md).
 *
 * The page is the same for everyone. This script shows the part that fits
 * (src/certificate-page.mjs):
 *   - "not passed yet", when no attempt at the module's quiz passed in this
 *     browser (the quiz record, read the way quiz.js keeps it);
 *   - the details form (GOV.UK: labels, hints, error summary, inline errors;
 *     src/details-form.mjs), when the learner has not given their details yet;
 *   - the certificate sheet, with "Print or save as PDF", "Download my
 *     completion record" and "Change my details".
 *
 * The completion record itself (docs/completion-record.md, with its checksum)
 * is built by completion-record.js, in the same bundle.
 *
 * Storage goes through window.SiteGenTraining (training-module.js, in the same
 * bundle). Nothing is sent anywhere: the form's submit is always cancelled.
 *
 * No inline styles (CSP default-src 'self'): classes and the hidden attribute
 * only. esbuild builds this into certificate.js, a classic script. ES5 syntax
 * apart from import and export.
 */

import { Certificate, training } from './src/certificate-page.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

function initAll() {
  var roots = document.querySelectorAll('[data-module="certificate"]');
  for (var i = 0; i < roots.length; i++) {
    var root = roots[i];
    if (root.getAttribute('data-certificate-init')) {
      continue;
    }
    var moduleId = root.getAttribute('data-training-module');
    if (!training() || !training().moduleData(moduleId)) {
      // No module data: leave the note that the certificate needs JavaScript.
      dom.warn('certificate: no module data for ' + moduleId + ' (window.SiteGenModules)');
      continue;
    }
    new Certificate(root, moduleId).init();
  }
}

// Deferred, before the module data script (deferred too), and before
// training-module.js in the bundle: all have run by DOMContentLoaded.
dom.ready(initAll);
