// Cleaning of law texts as published in the government databases (see /work/shared/corpus/README.md):
// only whitespace, a few look-alike characters and proven noise change; law content is never dropped.

/** A piece of the raw text that cleaning removed, and why (tests check that nothing else disappears). */
export interface RemovedPiece {
  text: string;
  reason: 'duplicate' | 'page-header' | 'watermark' | 'catchword' | 'markup';
}

/** The cleaned text, one paragraph per line, and the pieces removed from it. */
export interface CleanedLawText {
  text: string;
  removed: RemovedPiece[];
}

// Page furniture printed by the government PDFs ("PRESIDEN REPUBLIK INDONESIA -5-") and watermarks of the sites
// the texts were scraped from ("2 / 5 www.hukumonline.com", "bphn.go.id", "ditjen Peraturan Perundang-undangan"
// in 13 laws, "epkumham.go", "Lembaga Penjamin Simpanan - www.lps.go.id" on every page of UU 24/2004).
const PAGE_HEADER = /PRESIDEN REPUBLIK INDONESIA ?- ?\d{1,3} ?-/g;
const WATERMARK =
  /(?:\b\d{1,3} \/ \d{1,3} )?(?:www\.)?(?:hukumonline\.com|bphn\.go\.id)\b|\bLembaga Penjamin Simpanan - www\.lps\.go\.id\b|\b(?:www\.)?jdih\.kemenkeu\.go\.id\b|\bditjen Peraturan Perundang-undangan\b|\bepkumham\.go\b/g;

/** Lines that are headings or formulas, where a repeated line is always a scraping artefact. */
const HEADING_LINE = /^(?:Pasal \S+|BAB \S+.*|Bagian \S+.*|Paragraf \S+.*|Menimbang ?:?|Mengingat ?:?|MEMUTUSKAN ?:?|Memutuskan ?:?|Menetapkan ?:?|UNDANG-UNDANG .*|DENGAN RAHMAT TUHAN YANG MAHA ?ESA\.?)$/;

/** Cleans a raw law text for display and reading aloud (see the module comment for what may change). */
export function cleanLawText(raw: string): CleanedLawText {
  const removed: RemovedPiece[] = [];
  let text = normalizeCharacters(typeof raw === 'string' ? raw : '');
  text = text.replace(PAGE_HEADER, (piece) => remember(removed, piece, 'page-header'));
  text = text.replace(WATERMARK, (piece) => remember(removed, piece, 'watermark'));
  text = dropMarkup(text, removed);
  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = joinSplitWords(rawLine.replace(/ {2,}/g, ' ').trim());
    if (line === '') continue;
    const previous = lines[lines.length - 1];
    // The scraper sometimes printed a heading or a whole sentence twice in a row.
    if (previous === line && (HEADING_LINE.test(line) || line.length >= 40)) {
      removed.push({ text: line, reason: 'duplicate' });
      continue;
    }
    if (previous !== undefined && isCatchwordOf(previous, line)) {
      removed.push({ text: previous, reason: 'catchword' });
      lines[lines.length - 1] = line;
      continue;
    }
    if (previous !== undefined && /^\p{Ll}/u.test(line) && /\p{L}-$/u.test(previous)) {
      // A word hyphenated across a line break: "perundang-" + "undangan".
      lines[lines.length - 1] = previous + line;
      continue;
    }
    lines.push(line);
  }
  if (lines[0] !== undefined) lines[0] = dropRepeatedOpening(lines[0], removed);
  return { text: dropCatchwords(lines.join('\n'), removed), removed };
}

// Government PDFs end each page with the first words of the next page ("Pasal 9…", "(3) Panitia…"), which
// the scraped texts keep: 3,900 such catchwords in 387 laws. One is dropped only when the words it announces
// really follow (within 600 characters, past the page header).
// A catchword starts a sentence ("... pasal ini. Yang…") or is a heading anywhere ("... Rp. 45.769.000,- Pasal 2…").
const HEADING_CATCHWORD = /(^| )((?:Pasal|BAB|Bagian|Paragraf) \S+?) ?(?:\.{3,}|…)(?= |$)/gm;
const CATCHWORD = /(^|[.;:!?"”)] )((?:\S+ ){0,3}?\S+?) ?(?:\.{3,}|…)(?= |$)/gm;

function dropCatchwords(text: string, removed: RemovedPiece[]): string {
  let out = text;
  for (const pattern of [HEADING_CATCHWORD, CATCHWORD]) {
    const source = out;
    out = source.replace(pattern, (whole: string, before: string, words: string, offset: number) => {
      const squeezed = words.replace(/ /g, '');
      if (!/\p{L}/u.test(words) || squeezed.length < 2) return whole;
      const following = source.slice(offset + whole.length, offset + whole.length + 600).replace(/\s/g, '');
      if (!following.includes(squeezed)) return whole;
      removed.push({ text: whole.slice(before.length), reason: 'catchword' });
      return before;
    });
  }
  return out.replace(/ +\n/g, '\n').replace(/\n +/g, '\n').replace(/ {2,}/g, ' ').replace(/\n{2,}/g, '\n').trim();
}

/** "(4) Sebelum ." or "1. Ketentuan" on a line of its own, repeated at the start of the next line: a catchword. */
function isCatchwordOf(line: string, next: string): boolean {
  if (line.length > 40 || !/\p{L}/u.test(line)) return false;
  const words = line.replace(/ ?(?:\.{3,}|…| \.)$/, '');
  const hasMarker = words !== line;
  if (!hasMarker && line.split(' ').length > 3) return false;
  return next.startsWith(`${words} `);
}

// Markdown left by the scraper: links to other laws in 10 laws ("[ayat (1)](/uu/1974/8/pasal-12/ayat-1)"),
// underscores around foreign words in 273 ("_(AGREEMENT BETWEEN ...)_") and, in 223, empty emphasis: a lone "__"
// between words (2,900 times; "... kerusakan Jalan. __ Pasal 106 __ (1) Setiap ..." in UU 22/2009). The link
// text and the words stay; longer runs of underscores (table rules, signature lines) stay too.
const LINK = /\[([^\]\n]{1,200})\]\((\/uu\/[^)\s]*)\)/g;
const UNDERSCORES = /(^|[\s("“])_(?=[^\s_])([^_\n]{1,200}?)_(?=[\s)”".,;:]|$)/gm;
const EMPTY_EMPHASIS = /(?<=^|[ \n])__(?=[ \n]|$)/gm;

function dropMarkup(text: string, removed: RemovedPiece[]): string {
  const linked = text.replace(LINK, (_whole: string, words: string, target: string) => {
    removed.push({ text: target, reason: 'markup' });
    return words;
  });
  const emptied = linked.replace(EMPTY_EMPHASIS, (piece: string) => {
    removed.push({ text: piece, reason: 'markup' });
    return '';
  });
  return emptied.replace(UNDERSCORES, '$1$2');
}

function remember(removed: RemovedPiece[], piece: string, reason: RemovedPiece['reason']): string {
  removed.push({ text: piece, reason });
  return ' ';
}

/** Unifies whitespace and look-alike characters so headings and words compare equal. */
function normalizeCharacters(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[\u2028\u2029]/g, '\n')
      // Invisible characters: zero-width spaces and joiners, byte-order marks.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      // A soft hyphen followed by a space marks a word broken at a line end: "Undang\u00ad Undang".
      .replace(/\u00ad +/g, '-')
      .replace(/\u00ad/g, '')
      .replace(/[\u2010\u2011]/g, '-')
      // An OCR artefact in ~150 laws: a caret before a word ("Cukup ^jelas"). "10 ^18" keeps its caret.
      .replace(/(^|[ \n])\^(?=\p{L})/gu, '$1')
  );
}

/** "perundang- undangan" → "perundang-undangan", but "intra- dan antarmoda" keeps its suspended hyphen. */
function joinSplitWords(line: string): string {
  return line.replace(/(\p{L})- (?!(?:dan|atau|maupun)\b)(?=\p{L})/gu, '$1-');
}

/**
 * The first line often repeats its opening: "UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG REPUBLIK INDONESIA
 * NOMOR 13 ...", "Menimbang Menimbang ...", or a whole first sentence twice. Drops the second copy.
 */
function dropRepeatedOpening(line: string, removed: RemovedPiece[]): string {
  const words = line.split(' ');
  const limit = Math.min(Math.floor(words.length / 2), 400);
  for (let size = limit; size >= 1; size -= 1) {
    let same = true;
    for (let index = 0; index < size && same; index += 1) same = words[index] === words[index + size];
    if (!same) continue;
    const phrase = words.slice(0, size).join(' ');
    // A single repeated short word ("dan dan") may be a typo in the law itself: leave it.
    if (size === 1 && !/^\p{L}{5,}$/u.test(phrase)) return line;
    removed.push({ text: phrase, reason: 'duplicate' });
    return [...words.slice(0, size), ...words.slice(2 * size)].join(' ');
  }
  return line;
}
