// The one announcer: a polite and an assertive live region for external screen readers (NVDA, TalkBack,
// ChromeVox). Three functions, as in React Aria's live-announcer: announce, clear, destroy.
// The kiosk's own speech (a11y/speech, the listen issue) speaks the same messages; this is for visitors
// who bring or use a screen reader.

/** How urgently a message interrupts: polite waits, assertive interrupts (errors). */
export type Politeness = 'polite' | 'assertive';

const regions = new Map<Politeness, HTMLElement>();

function region(politeness: Politeness): HTMLElement {
  let element = regions.get(politeness);
  if (!element) {
    element = document.createElement('div');
    element.setAttribute('aria-live', politeness);
    element.setAttribute('aria-atomic', 'true');
    element.dataset.announcer = politeness;
    element.className = 'visually-hidden';
    document.body.append(element);
    regions.set(politeness, element);
  }
  return element;
}

/** Says `message` to screen readers; repeating the same message is announced again. */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const element = region(politeness);
  // Clearing first and setting on the next frame makes NVDA and ChromeVox re-read an identical message.
  element.textContent = '';
  setTimeout(() => {
    element.textContent = message;
  }, 50);
}

/** Empties the live regions (e.g. when a visitor's session ends). */
export function clearAnnouncements(): void {
  for (const element of regions.values()) element.textContent = '';
}

/** Removes the live regions from the page. */
export function destroyAnnouncer(): void {
  for (const element of regions.values()) element.remove();
  regions.clear();
}
