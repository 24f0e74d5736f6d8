// Letter names for spelling acronyms. Written out as words because a voice given "KTP" may try to say it
// as a word, and a voice given "K T P" may read the letters with the wrong language's names.

/** Indonesian letter names, as Indonesians spell KTP ("ka te pe") or BPJS ("be pe je es"). */
const INDONESIAN: Readonly<Record<string, string>> = {
  a: 'a', b: 'be', c: 'ce', d: 'de', e: 'e', f: 'ef', g: 'ge', h: 'ha', i: 'i', j: 'je', k: 'ka', l: 'el', m: 'em',
  n: 'en', o: 'o', p: 'pe', q: 'ki', r: 'er', s: 'es', t: 'te', u: 'u', v: 've', w: 'we', x: 'eks', y: 'ye', z: 'zet',
};

/** English letter names, spelled so that a voice cannot read them as words ("ay", not "a"). */
const ENGLISH: Readonly<Record<string, string>> = {
  a: 'ay', b: 'bee', c: 'see', d: 'dee', e: 'ee', f: 'ef', g: 'gee', h: 'aitch', i: 'eye', j: 'jay', k: 'kay',
  l: 'el', m: 'em', n: 'en', o: 'oh', p: 'pee', q: 'cue', r: 'ar', s: 'ess', t: 'tee', u: 'you', v: 'vee',
  w: 'double you', x: 'ex', y: 'why', z: 'zed',
};

/** Spells a word letter by letter with Indonesian letter names: "KTP" → "ka te pe". */
export function spellIndonesian(letters: string): string {
  return spell(letters, INDONESIAN);
}

/** Spells a word letter by letter with English letter names: "KTP" → "kay tee pee". */
export function spellEnglish(letters: string): string {
  return spell(letters, ENGLISH);
}

function spell(letters: string, names: Readonly<Record<string, string>>): string {
  return [...letters.toLowerCase()].map((letter) => names[letter] ?? letter).join(' ');
}
