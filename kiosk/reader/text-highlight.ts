// Highlights a range of a document's text on screen with the CSS Custom Highlight API (Chromium 105+):
// no re-render and no extra elements, so screen readers and the DOM are untouched while the voice moves.
// Elements that show document text carry data-offset (where their text starts in the document) and
// contain exactly that text, so an offset range maps to DOM text nodes.

/** Names of the two highlights; styled with ::highlight(...) in global.css for every theme. */
export const SENTENCE_HIGHLIGHT = 'reader-sentence';
export const WORD_HIGHLIGHT = 'reader-word';

interface TextPiece {
  node: Text;
  start: number;
}

/** The text nodes under `root` with their document offsets, in order. */
function textPieces(root: ParentNode): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-offset]')) {
    let offset = Number(element.dataset.offset);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      pieces.push({ node, start: offset });
      offset += node.data.length;
    }
  }
  return pieces;
}

/** A DOM Range for [start, end) of the document text, or undefined when that text is not on screen. */
export function rangeForOffsets(root: ParentNode, start: number, end: number): Range | undefined {
  const pieces = textPieces(root);
  const first = pieces.find((piece) => piece.start + piece.node.data.length > start);
  const last = [...pieces].reverse().find((piece) => piece.start < end);
  if (!first || !last) return undefined;
  const range = document.createRange();
  range.setStart(first.node, Math.max(0, start - first.start));
  range.setEnd(last.node, Math.min(last.node.data.length, end - last.start));
  return range.collapsed ? undefined : range;
}

/** Shows the highlight `name` on [start, end) (or clears it), scrolling the range into view when asked. */
export function showHighlight(root: ParentNode, name: string, range: { start: number; end: number } | undefined, isScrolled = false): void {
  if (!('highlights' in CSS)) return; // older browsers: the sentence is still spoken and shown as text
  const domRange = range ? rangeForOffsets(root, range.start, range.end) : undefined;
  if (!domRange) {
    CSS.highlights.delete(name);
    return;
  }
  CSS.highlights.set(name, new Highlight(domRange));
  if (isScrolled) {
    const element = domRange.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
}
