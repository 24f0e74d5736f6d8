import { useEffect, useRef } from 'preact/hooks';

/** Extra room above and below the lines, in lines, so descenders and focus rings stay in the band. */
const BAND_PADDING_LINES = 0.5;

/** The band's top edge (px from the viewport top) for `lines` lines centred on a target. */
function bandTop(centerY: number, height: number): number {
  return Math.round(centerY - height / 2);
}

/** The height of one line of body text, in px (line-height resolves to px in computed style). */
function lineHeightPx(): number {
  const style = getComputedStyle(document.body);
  const lineHeight = Number.parseFloat(style.lineHeight);
  return Number.isFinite(lineHeight) ? lineHeight : Number.parseFloat(style.fontSize) * 1.5;
}

/**
 * The reading ruler (line focus): a fixed overlay that dims everything except a band of `lines` lines.
 * The band follows keyboard focus (the focused control's first lines) and the pointer (touch or mouse),
 * and on scroll stays with whichever moved it last. It is decoration: aria-hidden, and
 * pointer-events: none, so every touch reaches the control under it.
 */
export function ReadingRuler({ lines, layoutKey }: { lines: number; /** Changes when text size or spacing changes (re-measures). */ layoutKey: string }) {
  const rulerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ruler = rulerRef.current;
    if (!ruler) return;
    let lastPointerY: number | undefined;
    // What moved the band last: on scroll or resize it stays with that (the focused control, or the finger).
    let isFollowingPointer = false;
    const place = (centerY: number, height: number) => {
      ruler.style.setProperty('--ruler-top', `${bandTop(centerY, height)}px`);
      ruler.style.setProperty('--ruler-height', `${Math.round(height)}px`);
    };
    const bandHeight = () => (lines + BAND_PADDING_LINES) * lineHeightPx();
    const followFocus = () => {
      isFollowingPointer = false;
      const element = document.activeElement;
      const height = bandHeight();
      if (!element || element === document.body) return place(lastPointerY ?? innerHeight / 2, height);
      const box = element.getBoundingClientRect();
      // A short control is centred in the band; a tall one (a heading or paragraph) shows its first lines.
      place(box.height <= height ? box.top + box.height / 2 : box.top + height / 2 - 4, height);
    };
    const followPointer = (event: PointerEvent) => {
      isFollowingPointer = true;
      lastPointerY = event.clientY;
      place(event.clientY, bandHeight());
    };
    const followLast = () => (isFollowingPointer && lastPointerY !== undefined ? place(lastPointerY, bandHeight()) : followFocus());
    followFocus();
    addEventListener('focusin', followFocus);
    addEventListener('pointermove', followPointer, { passive: true });
    addEventListener('pointerdown', followPointer, { passive: true });
    addEventListener('scroll', followLast, { passive: true });
    addEventListener('resize', followLast);
    return () => {
      removeEventListener('focusin', followFocus);
      removeEventListener('pointermove', followPointer);
      removeEventListener('pointerdown', followPointer);
      removeEventListener('scroll', followLast);
      removeEventListener('resize', followLast);
    };
  }, [lines, layoutKey]);

  return (
    <div ref={rulerRef} class="reading-ruler" aria-hidden="true" data-lines={lines}>
      <div class="reading-ruler-dim reading-ruler-above" />
      <div class="reading-ruler-dim reading-ruler-below" />
    </div>
  );
}
