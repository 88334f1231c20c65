// The event other components listen for (a training module shows the way to
// its certificate after a pass).

export var CHECKED_EVENT = 'sitegen:quiz-checked';

// A bubbling CustomEvent on node (with the old createEvent way for browsers
// without the constructor). Never lets a listener's failure stop the quiz.
export function dispatch(node, name, detail) {
  var event;
  try {
    if (typeof window.CustomEvent === 'function') {
      event = new window.CustomEvent(name, { bubbles: true, cancelable: false, detail: detail });
    } else {
      event = document.createEvent('CustomEvent');
      event.initCustomEvent(name, true, false, detail);
    }
  } catch (e) {
    return;
  }
  try {
    node.dispatchEvent(event);
  } catch (e2) {
    // A listener threw: the quiz itself is done.
  }
}
