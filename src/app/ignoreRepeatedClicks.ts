/** What acts when clicked: its second click would act again, on whatever page is there by then. */
const ACTS = 'a[href], button, input[type="submit"], input[type="button"], summary';

/**
 * The second click of a double-click on a button or link is dropped, on the page it began on or the
 * one it lands on: "Fortsett" double-clicked answers once and chooses nothing on the next question
 * (the GOV.UK Design System's "prevent double click", for every control at once). A click from the
 * keyboard has `detail` 0 and always counts; a double-click on text or a radio is left alone.
 */
export function ignoreRepeatedClicks(target: Window = window): () => void {
  let seriesOnControl = false;
  const onPress = (event: MouseEvent) => {
    if (event.detail === 1 && event.type === 'mousedown') {
      seriesOnControl = event.target instanceof Element && event.target.closest(ACTS) !== null;
    } else if (event.detail > 1 && seriesOnControl) {
      // Before React's own listeners (capture, on the window): the click never happened.
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  // mousedown, so the second press does not even move focus; click, so it does not act.
  const types = ['mousedown', 'click'] as const;
  for (const type of types) target.addEventListener(type, onPress, true);
  return () => {
    for (const type of types) target.removeEventListener(type, onPress, true);
  };
}
