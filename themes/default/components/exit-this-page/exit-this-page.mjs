/*
 * Exit this page (quick exit), after GOV.UK Frontend's component.
 *
 * Exits when the reader:
 *   - activates the "Exit this page" button,
 *   - activates its skip-link twin (a.skip-link--exit), or
 *   - presses Shift on its own three times within 5 seconds, anywhere.
 *
 * Exiting covers the page with a plain overlay at once (so nothing sensitive
 * stays on screen while the next page loads), blanks the tab title, clears the
 * quiz answers this site kept in the tab, then uses location.replace so Back
 * does not come back here.
 *
 * Without JavaScript both links are ordinary links to the same URL.
 *
 * esbuild builds this into exit-this-page.js, a classic script; ES5 syntax.
 */

// Runs once, as the script loads; a function so that it can stop early on a
// page without the component (a module cannot return at its top level).
function start() {
  var root = document.querySelector('[data-module="exit-this-page"]');
  if (!root || root.getAttribute('data-exit-this-page-init')) {
    return;
  }
  var button = root.querySelector('.exit-this-page__button');
  if (!button || !button.href) {
    return;
  }
  root.setAttribute('data-exit-this-page-init', 'true');

  var TIME_LIMIT = 5000; // ms: three presses of Shift within this time
  // In the page's language: the template gives them (data-i18n-*, as govuk-frontend does),
  // from the theme's strings; English where it does not.
  function words(name, english) {
    return root.getAttribute('data-i18n-' + name) || english;
  }
  var MESSAGES = {
    twoMore: words('two-more', 'Shift, press 2 more times to exit.'),
    oneMore: words('one-more', 'Shift, press 1 more time to exit.'),
    timedOut: words('timed-out', 'Exit this page expired.'),
    loading: words('loading', 'Loading.')
  };

  var skipLink = document.querySelector('a.skip-link--exit');
  var indicator = root.querySelector('.exit-this-page__indicator');
  if (!indicator) {
    indicator = document.createElement('span');
    indicator.className = 'exit-this-page__indicator';
    indicator.setAttribute('aria-live', 'polite');
    indicator.setAttribute('aria-atomic', 'true');
    root.appendChild(indicator);
  }

  var originalTitle = document.title;
  var pressCount = 0;
  var lastKeyWasModified = false;
  var pressTimer = null; // ends the 5 second window
  var messageTimer = null; // clears the "expired" message
  var overlay = null;
  var exiting = false;

  // The three lights in the button (decorative: the live region has the words).
  var lights = document.createElement('span');
  lights.className = 'exit-this-page__lights';
  lights.setAttribute('aria-hidden', 'true');
  for (var i = 0; i < 3; i++) {
    var light = document.createElement('span');
    light.className = 'exit-this-page__light';
    lights.appendChild(light);
  }
  button.appendChild(lights);

  function updateLights() {
    if (pressCount > 0) {
      lights.classList.add('exit-this-page__lights--visible');
    } else {
      lights.classList.remove('exit-this-page__lights--visible');
    }
    var all = lights.children;
    for (var j = 0; j < all.length; j++) {
      if (j < pressCount) {
        all[j].classList.add('exit-this-page__light--on');
      } else {
        all[j].classList.remove('exit-this-page__light--on');
      }
    }
  }

  function setMessage(text) {
    indicator.textContent = text;
  }

  function clearTimers() {
    if (pressTimer) {
      window.clearTimeout(pressTimer);
      pressTimer = null;
    }
    if (messageTimer) {
      window.clearTimeout(messageTimer);
      messageTimer = null;
    }
  }

  function exitPage() {
    if (exiting) {
      return;
    }
    exiting = true;
    clearTimers();
    pressCount = 0;
    updateLights();
    setMessage('');

    // Blank the page first: hide everything (also from screen readers and the
    // Tab key) and put up a plain overlay.
    document.body.classList.add('exit-this-page-hide-content');
    overlay = document.createElement('div');
    overlay.className = 'exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.appendChild(overlay);
    // Text set after insertion: screen readers announce it more reliably.
    overlay.textContent = MESSAGES.loading;
    document.title = MESSAGES.loading;

    clearSiteStorage();
    // replace(), not assign(): this page leaves the history, so Back skips it.
    window.location.replace(button.href);
  }

  // Quiz answers and progress that this site keeps in the tab (sessionStorage keys
  // starting "sitegen.") go too: someone coming back to this tab must not find them.
  // localStorage is left alone on purpose: the only thing kept there is a training
  // module's progress that the learner chose to keep on this device ("Remember my
  // progress on this device", which warns them), and "Clear my progress" on the
  // module's start page is how to remove it (see components/training-module).
  function clearSiteStorage() {
    try {
      var keys = [];
      for (var i = 0; i < window.sessionStorage.length; i++) {
        var key = window.sessionStorage.key(i);
        if (key && key.indexOf('sitegen.') === 0) {
          keys.push(key);
        }
      }
      for (var j = 0; j < keys.length; j++) {
        window.sessionStorage.removeItem(keys[j]);
      }
    } catch (e) {
      // Storage blocked (private browsing in some browsers): then nothing was kept.
    }
  }

  function handleClick(event) {
    event.preventDefault();
    exitPage();
  }

  function endWindow(showExpired) {
    clearTimers();
    pressCount = 0;
    updateLights();
    if (showExpired) {
      setMessage(MESSAGES.timedOut);
      messageTimer = window.setTimeout(function () {
        setMessage('');
        messageTimer = null;
      }, TIME_LIMIT);
    } else {
      setMessage('');
    }
  }

  function handleKeyup(event) {
    var key = event.key || event.keyIdentifier;
    // Count Shift only when pressed on its own. Shift used as a modifier (for a
    // capital letter, say) fires a keyup for the letter with shiftKey true just
    // before the Shift keyup, so the Shift keyup that follows is ignored.
    var isShiftAlone = key === 'Shift' && !lastKeyWasModified &&
      !event.ctrlKey && !event.altKey && !event.metaKey;

    if (isShiftAlone) {
      if (messageTimer) {
        window.clearTimeout(messageTimer);
        messageTimer = null;
      }
      pressCount += 1;
      if (pressCount === 1) {
        // The 5 second window starts with the first press.
        pressTimer = window.setTimeout(function () {
          pressTimer = null;
          endWindow(true);
        }, TIME_LIMIT);
      }
      updateLights();
      if (pressCount >= 3) {
        exitPage();
      } else {
        setMessage(pressCount === 1 ? MESSAGES.twoMore : MESSAGES.oneMore);
      }
    } else if (pressCount > 0 && key !== 'Shift') {
      // Any other key ends the sequence.
      endWindow(false);
    }

    lastKeyWasModified = !!event.shiftKey;
  }

  // When a browser restores this page from its back-forward cache, undo the
  // exit so the page is usable again.
  function handlePageshow() {
    exiting = false;
    document.body.classList.remove('exit-this-page-hide-content');
    if (overlay && overlay.parentNode) {
      overlay.parentNode.removeChild(overlay);
    }
    overlay = null;
    document.title = originalTitle;
    endWindow(false);
  }

  button.addEventListener('click', handleClick);
  if (skipLink) {
    skipLink.addEventListener('click', handleClick);
  }
  document.addEventListener('keyup', handleKeyup, true);
  window.addEventListener('pageshow', handlePageshow);
}

start();
