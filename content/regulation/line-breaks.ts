// Splitting joined headings onto their own lines without moving any offset: cleaning leaves exactly one space
// between words, and a split turns that space into a newline.

/** Collects the spaces of a text that must become line breaks, then applies them. */
export class LineBreaks {
  private readonly positions = new Set<number>();

  constructor(private readonly text: string) {}

  /** Starts a new line at `position` (a unit that begins in the middle of a line). */
  before(position: number): void {
    if (position > 0 && this.text[position - 1] === ' ') this.positions.add(position - 1);
  }

  /** Ends the line at `position` when the character there is a space (after a heading label or title). */
  at(position: number): void {
    if (this.text[position] === ' ') this.positions.add(position);
  }

  /** True when `position` starts a line in the text once the breaks are applied. */
  isLineStart(position: number): boolean {
    return position === 0 || this.text[position - 1] === '\n' || this.positions.has(position - 1);
  }

  /** The text with the collected spaces turned into newlines (same length, same offsets). */
  apply(): string {
    if (this.positions.size === 0) return this.text;
    const sorted = [...this.positions].sort((a, b) => a - b);
    const parts: string[] = [];
    let from = 0;
    for (const position of sorted) {
      parts.push(this.text.slice(from, position), '\n');
      from = position + 1;
    }
    parts.push(this.text.slice(from));
    return parts.join('');
  }
}
