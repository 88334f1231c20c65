// The header box's list of results under the box: open and close it, and
// move through it with the keyboard (Down from the box into the list, Up and
// Down through it, Escape to close it and go back to the box).

import { silence } from './announce.mjs';
import { normalise } from './util.mjs';

// Only while the reader is in the form: a search that finishes after they
// have moved on must not open the list over where they are now.
export function open(search) {
  if (search.panel && search.panel.firstChild && (search.pointerInside || search.form.contains(document.activeElement))) {
    search.panel.hidden = false;
    search.form.classList.add('site-search--open');
  }
}

export function close(search) {
  if (search.panel && !search.panel.hidden) {
    search.panel.hidden = true;
    search.form.classList.remove('site-search--open');
    silence(search);
  }
}

function links(search) {
  return search.panel.querySelectorAll('a[href]');
}

function inputKeydown(search, event) {
  var key = event.key;
  if (key === 'ArrowDown' || key === 'Down') {
    var query = normalise(search.input.value);
    if (!query) {
      return;
    }
    event.preventDefault();
    if (search.panel.hidden && search.found && query === search.query) {
      open(search);
    }
    var found = links(search);
    if (!search.panel.hidden && found.length) {
      found[0].focus();
    }
  } else if ((key === 'Escape' || key === 'Esc') && !search.panel.hidden) {
    // Close the list; a second Escape clears the box (the browser's own).
    event.preventDefault();
    close(search);
  }
}

function panelKeydown(search, event) {
  var key = event.key;
  var found = links(search);
  var at = -1;
  for (var i = 0; i < found.length; i++) {
    if (found[i] === document.activeElement) {
      at = i;
    }
  }
  if (key === 'ArrowDown' || key === 'Down') {
    event.preventDefault();
    if (at < found.length - 1) {
      found[at + 1].focus();
    }
  } else if (key === 'ArrowUp' || key === 'Up') {
    event.preventDefault();
    if (at > 0) {
      found[at - 1].focus();
    } else {
      search.input.focus();
    }
  } else if (key === 'Escape' || key === 'Esc') {
    event.preventDefault();
    close(search);
    search.input.focus();
  }
}

// The list's keyboard, pointer and focus handling.
export function wireHeaderList(search) {
  var form = search.form;
  var input = search.input;
  input.addEventListener('keydown', function (event) {
    inputKeydown(search, event);
  });
  input.addEventListener('click', function () {
    if (search.panel.hidden && search.found && normalise(input.value) === search.query) {
      open(search);
    }
  });
  search.panel.addEventListener('keydown', function (event) {
    panelKeydown(search, event);
  });
  // A press inside the list must not close it (some browsers do not focus
  // links on click, so the box loses focus to nothing).
  search.panel.addEventListener('mousedown', function () {
    search.pointerInside = true;
  });
  document.addEventListener('mouseup', function () {
    window.setTimeout(function () {
      search.pointerInside = false;
    }, 0);
  });
  form.addEventListener('focusout', function () {
    window.setTimeout(function () {
      if (!search.pointerInside && !form.contains(document.activeElement)) {
        close(search);
      }
    }, 0);
  });
  document.addEventListener('mousedown', function (event) {
    if (!form.contains(event.target)) {
      close(search);
    }
  });
}
