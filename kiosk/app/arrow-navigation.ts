// Arrow keys walk every control in reading order, as on EZ Access / ADA 707 kiosk keypads, which have
// arrow keys but no Tab. Inputs that use arrows themselves (text fields, radio groups, selects) keep them.

/** What can take focus, in document order. */
const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex="0"]',
].join(',');

/** Keys that move forward or back through the controls. */
const FORWARD_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const BACKWARD_KEYS = new Set(['ArrowUp', 'ArrowLeft']);

/** Input types whose caret moves with Left/Right but which have no use for Up/Down. */
const SINGLE_LINE_TYPES = new Set(['text', 'search', 'tel', 'url', 'email', 'number', 'password']);

/**
 * True when the element uses this arrow key itself: radio groups (all arrows change the choice), selects and
 * text areas (all arrows), and single-line text fields (Left/Right move the caret; Up/Down stay ours, so a
 * keypad user is never trapped in a field).
 */
function usesArrowItself(element: Element | null, key: string): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (!(element instanceof HTMLInputElement)) return false;
  if (element.type === 'radio' || element.type === 'range') return true;
  if (SINGLE_LINE_TYPES.has(element.type)) return key === 'ArrowLeft' || key === 'ArrowRight';
  return false;
}

/** The visible focusable controls in reading order. */
function focusableControls(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
}

/** Index of the control to focus next, from a control or from a non-control (heading, page). */
function targetIndex(controls: HTMLElement[], active: Element | null, isForward: boolean): number {
  const index = active instanceof HTMLElement ? controls.indexOf(active) : -1;
  if (index >= 0) return isForward ? index + 1 : index - 1;
  // Focus is on a heading or the page: the next control is the first one after it in reading order.
  const following = active && active !== document.body
    ? controls.findIndex((control) => (active.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
    : 0;
  if (following === -1) return isForward ? -1 : controls.length - 1;
  return isForward ? following : following - 1;
}

/** Installs the arrow-key and Escape behaviour on the document; returns the uninstaller. */
export function installArrowNavigation(onBack: () => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const active = document.activeElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
      return;
    }
    const isForward = FORWARD_KEYS.has(event.key);
    if (!isForward && !BACKWARD_KEYS.has(event.key)) return;
    if (usesArrowItself(active, event.key)) return;
    const controls = focusableControls(document);
    const target = controls[targetIndex(controls, active, isForward)];
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    }
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}
