import { describe, expect, it } from 'vitest';
import {
  ESPEAK_MAX_TEXT_CHARS,
  ESPEAK_VOICES,
  ESPEAK_WAV_PATH,
  espeakArguments,
  espeakLanguageFor,
  pitchToEspeak,
  rateToWordsPerMinute,
  SpeechTextTooLongError,
} from '../../../a11y/speech/espeak/espeak-arguments.ts';

const normal = { lang: 'id', rate: 1, pitch: 1 } as const;

describe('rateToWordsPerMinute', () => {
  it.each([
    [1, 175],
    [0.5, 88],
    [0.75, 131],
    [1.5, 263],
    [2, 350],
    // Outside the port's range: clamped to it.
    [0.1, 88],
    [5, 350],
    [Number.NaN, 175],
  ])('rate %d → -s %d', (rate, wpm) => {
    expect(rateToWordsPerMinute(rate)).toBe(wpm);
  });
});

describe('pitchToEspeak', () => {
  it.each([
    [1, 50],
    [0, 0],
    [0.5, 25],
    [2, 99],
    [-1, 0],
    [Number.POSITIVE_INFINITY, 50],
  ])('pitch %d → -p %d', (pitch, espeakPitch) => {
    expect(pitchToEspeak(pitch)).toBe(espeakPitch);
  });
});

describe('espeakLanguageFor', () => {
  it.each([
    [{ lang: 'id' }, 'id'],
    [{ lang: 'en' }, 'en'],
    [{ lang: 'id', voiceId: 'espeak-ng-en' }, 'en'],
    [{ lang: 'en', voiceId: 'espeak-ng-id' }, 'id'],
    // A system voice id (the owner switched speakers): the language decides.
    [{ lang: 'en', voiceId: 'Google Bahasa Indonesia' }, 'en'],
  ] as const)('%j → %s', (options, lang) => {
    expect(espeakLanguageFor(options)).toBe(lang);
  });
});

describe('espeakArguments', () => {
  it('speaks Indonesian at the default speed and pitch into the WAV file', () => {
    expect(espeakArguments('Selamat datang di perpustakaan.', normal)).toEqual([
      '-v', 'id', '-s', '175', '-p', '50', '-w', ESPEAK_WAV_PATH, '--', 'Selamat datang di perpustakaan.',
    ]);
  });

  it('uses the English voice, rate and pitch it is given', () => {
    expect(espeakArguments('Welcome', { lang: 'en', rate: 2, pitch: 0.5 }, '/x.wav')).toEqual(['-v', 'en', '-s', '350', '-p', '25', '-w', '/x.wav', '--', 'Welcome']);
  });

  it.each([
    // The glue passes argv as is (no shell): quotes would be spoken as pauses, so none are added.
    ['"dikutip"', '"dikutip"'],
    ['-5 derajat', '-5 derajat'],
    ['--help', '--help'],
    ['a; rm -rf / $(x) `y`', 'a; rm -rf / $(x) `y`'],
    ['baris\nkedua', 'baris\nkedua'],
    ['a\0b', 'a b'],
  ])('passes %j as one argument after "--"', (text, spoken) => {
    const args = espeakArguments(text, normal);
    expect(args.at(-2)).toBe('--');
    expect(args.at(-1)).toBe(spoken);
    expect(args).toHaveLength(10);
  });

  it('refuses a text longer than the command line carries, with the Web Speech code text-too-long', () => {
    expect(() => espeakArguments('a'.repeat(ESPEAK_MAX_TEXT_CHARS), normal)).not.toThrow();
    const error = (() => {
      try {
        espeakArguments('a'.repeat(ESPEAK_MAX_TEXT_CHARS + 1), normal);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SpeechTextTooLongError);
    expect(error).toMatchObject({ name: 'SpeechTextTooLongError', code: 'text-too-long' });
  });
});

describe('ESPEAK_VOICES', () => {
  it('offers one local voice per kiosk language, Indonesian the default', () => {
    expect(ESPEAK_VOICES.map((voice) => [voice.id, voice.lang, voice.isLocal, voice.isDefault])).toEqual([
      ['espeak-ng-id', 'id-ID', true, true],
      ['espeak-ng-en', 'en-GB', true, false],
    ]);
  });
});
