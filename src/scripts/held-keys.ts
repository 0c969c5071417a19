/**
 * What is typed between opening search and its input being there (the interface loads on first
 * use): characters and Backspace are held back from the page, in order, for the input.
 */
let held: string[] | undefined;

function hold(event: KeyboardEvent) {
  if (event.ctrlKey || event.metaKey || event.altKey || (event.key.length > 1 && event.key !== 'Backspace')) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  held!.push(event.key);
}

/** Starts holding keys (once, however often search is opened meanwhile); the function returned stops and gives them. */
export function holdKeys(): () => string[] {
  if (!held) {
    held = [];
    addEventListener('keydown', hold, true);
  }
  return () => {
    removeEventListener('keydown', hold, true);
    const keys = held ?? [];
    held = undefined;
    return keys;
  };
}
