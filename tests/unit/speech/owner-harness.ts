// Test harness for the speech owner: a ManualClock, a FakeSpeaker and a recording of everything the owner
// reports, plus a normaliser that changes lengths like the real one will ("Rp600.000,00" said in words).
import { ManualClock } from '../../../a11y/clock/clock.ts';
import type { EarconName } from '../../../a11y/speech/earcons.ts';
import { FAKE_INDONESIAN_VOICE, FakeSpeaker, type FakeSpeakerOptions } from '../../../a11y/speech/fake-speaker.ts';
import { identityNormalize } from '../../../a11y/speech/identity-normalize.ts';
import type { SpeechError } from '../../../a11y/speech/speech-error.ts';
import { createSpeechOwner, type NormalizeForSpeech, type SpeakOptions, type SpeechEvent, type SpeechOwnerOptions } from '../../../a11y/speech/speech-owner.ts';
import type { SpokenPiece, SpokenText } from '../../../a11y/speech/spoken-text.ts';

/** Builds an owner on fakes. */
export function ownerOnFakes(options: { speaker?: FakeSpeakerOptions; auto?: boolean; hasBoundaries?: boolean; normalize?: NormalizeForSpeech; owner?: Partial<SpeechOwnerOptions> } = {}) {
  const clock = new ManualClock();
  const speaker = new FakeSpeaker({
    voices: [FAKE_INDONESIAN_VOICE],
    ...options.speaker,
    ...(options.auto ? { autoComplete: { clock, hasBoundaries: options.hasBoundaries ?? true } } : {}),
  });
  const earcons: EarconName[] = [];
  const events: SpeechEvent[] = [];
  const owner = createSpeechOwner({ speaker, clock, normalize: options.normalize ?? identityNormalize, earcons: { play: (name) => earcons.push(name) }, ...options.owner });
  owner.subscribe((event) => events.push(event));
  return { clock, speaker, owner, earcons, events };
}

/** Records what one reading reports. */
export function recorder(text: string) {
  const record = {
    words: [] as Array<{ offset: number; length: number; word: string; at?: number }>,
    chunks: [] as string[],
    done: 0,
    canceled: 0,
    errors: [] as SpeechError[],
  };
  const handlers: SpeakOptions = {
    onWord: (offset, length) => record.words.push({ offset, length, word: text.slice(offset, offset + length) }),
    onChunk: (range) => record.chunks.push(text.slice(range.start, range.end)),
    onDone: () => (record.done += 1),
    onCanceled: () => (record.canceled += 1),
    onError: (error) => record.errors.push(error),
  };
  return { record, handlers };
}

/** Rules of the test normaliser: source pattern → spoken words. */
const RULES: Array<[RegExp, string]> = [
  [/Rp\s?[\d.]+(,\d+)?/g, 'enam ratus ribu rupiah'],
  [/\bNo\./g, 'nomor'],
  [/\bUU\b/g, 'undang-undang'],
];

/** A normaliser that rewrites amounts and abbreviations, with pieces mapping back to the source. */
export function expandingNormalize(text: string): SpokenText {
  const matches: Array<{ start: number; end: number; spoken: string }> = [];
  for (const [pattern, spoken] of RULES) for (const match of text.matchAll(pattern)) matches.push({ start: match.index, end: match.index + match[0].length, spoken });
  matches.sort((a, b) => a.start - b.start);
  let spokenText = '';
  const pieces: SpokenPiece[] = [];
  let at = 0;
  const addPiece = (sourceStart: number, sourceEnd: number, spoken: string) => {
    if (sourceEnd <= sourceStart) return;
    pieces.push({ spokenStart: spokenText.length, sourceStart, sourceEnd });
    spokenText += spoken;
  };
  for (const match of matches) {
    if (match.start < at) continue;
    addPiece(at, match.start, text.slice(at, match.start));
    addPiece(match.start, match.end, match.spoken);
    at = match.end;
  }
  addPiece(at, text.length, text.slice(at));
  return { text: spokenText, pieces };
}
