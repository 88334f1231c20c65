// The search page's audience filters ("Show results for"): checkboxes that
// narrow the results and the count.

import { engine } from './engine.mjs';
import { filterLabel } from './util.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

// The audiences ticked: [{ id, label }] (none on the header box).
export function selectedAudiences(search) {
  var chosen = [];
  if (search.filters) {
    var boxes = search.filters.querySelectorAll('input[type="checkbox"]');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) {
        chosen.push({ id: boxes[i].value, label: boxes[i].getAttribute('data-label') });
      }
    }
  }
  return chosen;
}

// The results to show: those for one of the chosen audiences when any is
// chosen ([{ result }]). Each document's audiences come with the manifest
// (a bit for each of the site's audiences), so counting needs no fragment.
export function visibleResults(search, chosen) {
  var shown = [];
  var results = search.found ? search.found.results : [];
  var wanted = 0;
  for (var c = 0; c < chosen.length; c++) {
    for (var a = 0; a < engine.audiences.length; a++) {
      if (engine.audiences[a].id === chosen[c].id) {
        wanted |= 1 << a;
      }
    }
  }
  var masks = engine.manifest.docAudiences;
  for (var i = 0; i < results.length; i++) {
    if (!chosen.length || (masks[results[i].ref] & wanted)) {
      shown.push({ result: results[i] });
    }
  }
  return shown;
}

// Filters the theme rendered: shown at once, so they never appear under a
// reader later. Each box's data-label words the count ("for young people").
export function showRenderedFilters(search) {
  var boxes = search.filters.querySelectorAll('input[type="checkbox"]');
  if (boxes.length < 2) {
    return; // nothing to choose between (or the script builds them after loading)
  }
  for (var i = 0; i < boxes.length; i++) {
    var label = search.filters.querySelector('label[for="' + boxes[i].id + '"]');
    boxes[i].setAttribute('data-label', filterLabel(label ? label.textContent : boxes[i].value));
  }
  search.filters.hidden = false;
}

// Filters from the index's audiences, when the theme rendered none.
export function buildFilters(search) {
  var fieldset = search.filters;
  if (!fieldset || fieldset.getAttribute('data-site-search-filled')) {
    return;
  }
  fieldset.setAttribute('data-site-search-filled', 'true');
  if (engine.audiences.length < 2) {
    return; // nothing to choose between
  }
  var options = el('div', 'site-search__filters');
  for (var a = 0; a < engine.audiences.length; a++) {
    var audience = engine.audiences[a];
    var option = el('div', 'site-search__filter');
    var box = el('input', 'site-search__checkbox');
    box.type = 'checkbox';
    box.id = fieldset.id + '-' + audience.id.replace(/[^A-Za-z0-9_\-]/g, '-');
    box.value = audience.id;
    box.setAttribute('data-label', filterLabel(audience.label));
    var label = el('label', 'site-search__checkbox-label', filterLabel(audience.label));
    label.setAttribute('for', box.id);
    option.appendChild(box);
    option.appendChild(label);
    options.appendChild(option);
  }
  fieldset.appendChild(options);
  fieldset.hidden = false;
}
