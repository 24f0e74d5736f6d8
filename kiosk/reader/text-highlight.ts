// Highlights what is being read with the CSS Custom Highlight API (Chromium 105+): no re-render and no
// extra elements, so the DOM that screen readers see stays still while the voice moves. The reader maps a
// document range to element ranges (displayRangesFor); this file turns those into DOM Ranges.
import type { DisplayRange } from '../../a11y/reader/display-map.ts';

/** Names of the two highlights; styled with ::highlight(...) in global.css for every theme. */
export const SENTENCE_HIGHLIGHT = 'reader-sentence';
export const WORD_HIGHLIGHT = 'reader-word';

/** The text node and offset at character `offset` of `element`'s text content. */
function pointAt(element: Element, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: element, offset: element.childNodes.length };
}

/** DOM Ranges for element ranges; elements not on screen are skipped. */
export function domRangesFor(ranges: readonly DisplayRange[]): Range[] {
  const result: Range[] = [];
  for (const range of ranges) {
    const element = document.getElementById(range.elementId);
    if (!element) continue;
    const domRange = document.createRange();
    if (range.start === undefined || range.end === undefined) {
      domRange.selectNodeContents(element);
    } else {
      const start = pointAt(element, range.start);
      const end = pointAt(element, range.end);
      domRange.setStart(start.node, start.offset);
      domRange.setEnd(end.node, end.offset);
    }
    if (!domRange.collapsed) result.push(domRange);
  }
  return result;
}

/** Shows highlight `name` on the ranges (or clears it); scrolls the first one into view when asked. */
export function showHighlight(name: string, ranges: readonly DisplayRange[], isScrolled = false): void {
  if (!('highlights' in CSS)) return; // older browsers: the sentence is still spoken and shown as text
  const domRanges = domRangesFor(ranges);
  if (domRanges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  CSS.highlights.set(name, new Highlight(...domRanges));
  if (isScrolled) {
    const first = domRanges[0]!.startContainer;
    const element = first instanceof Element ? first : first.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
}

/** Removes both reader highlights (leaving a document, stopping). */
export function clearHighlights(): void {
  if (!('highlights' in CSS)) return;
  CSS.highlights.delete(SENTENCE_HIGHLIGHT);
  CSS.highlights.delete(WORD_HIGHLIGHT);
}
