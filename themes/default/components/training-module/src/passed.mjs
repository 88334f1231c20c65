// The module's quiz (.quiz[data-training-module]): after a pass, or on a
// reload after an earlier pass, a short "You passed" panel links to the
// certificate.

import { moduleData, siteLink } from './module-data.mjs';
import { TEXT } from './text.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;
var el = dom.el;

function certificateLink(quizRoot, moduleId, data) {
  var markers = document.querySelectorAll('[data-training-certificate-url]');
  for (var i = 0; i < markers.length; i++) {
    if (markers[i].getAttribute('data-training-module') === moduleId) {
      return markers[i].getAttribute('data-training-certificate-url');
    }
  }
  // No marker on the page: work it out from the module data's address.
  var withData = document.querySelector('[data-training-module="' + moduleId + '"][data-training-data]');
  return data && withData && typeof data.certificate === 'string' ? siteLink(withData, data.certificate) : null;
}

export function showPassed(quizRoot) {
  if (quizRoot.querySelector('[data-training-passed]')) {
    return;
  }
  var moduleId = quizRoot.getAttribute('data-training-module');
  var href = certificateLink(quizRoot, moduleId, moduleData(moduleId));
  if (!href) {
    dom.warn('training module ' + moduleId + ': no address for the certificate');
    return;
  }
  var panel = el('div', 'training-module-passed');
  panel.setAttribute('data-training-passed', '');
  var text = el('p', 'training-module-passed__text');
  text.appendChild(el('strong', null, TEXT.passedShort));
  text.appendChild(document.createTextNode(' ' + TEXT.passedShortNext));
  panel.appendChild(text);
  var action = el('p', 'training-module-passed__action');
  var link = el('a', 'button training-module-passed__link', TEXT.getCertificate);
  link.setAttribute('href', href);
  action.appendChild(link);
  panel.appendChild(action);

  // After the result (which the quiz has just focused and announced), so
  // the reading and Tab order is: result, then the way to the certificate.
  var result = quizRoot.querySelector('.quiz__result');
  if (result && result.parentNode) {
    result.parentNode.insertBefore(panel, result.nextSibling);
  } else {
    quizRoot.appendChild(panel);
  }
}

// The quiz root of a training module that node is in, or null.
export function quizModuleRoot(node) {
  while (node && node.nodeType === 1) {
    if (node.getAttribute('data-module') === 'quiz') {
      return node.getAttribute('data-training-module') ? node : null;
    }
    node = node.parentNode;
  }
  return null;
}
