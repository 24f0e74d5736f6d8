import { describe, expect, it } from 'vitest';
import type { Language } from '../../../content/model/language.ts';
import type { VoiceInfo } from '../../../a11y/speech/speaker.ts';
import { chooseVoice, parseVoiceLang, type VoiceChoiceReason } from '../../../a11y/speech/voice-choice.ts';

function voice(id: string, lang: string, isLocal = true, isDefault = false): VoiceInfo {
  return { id, name: id, lang, isLocal, isDefault };
}

const espeakId = voice('Indonesian espeak-ng', 'id');
const espeakIdAdam = voice('Indonesian+Adam espeak-ng', 'id');
const windowsGadis = voice('Microsoft Gadis - Indonesian (Indonesia)', 'id-ID');
const androidId = voice('id-id-x-ide-local', 'in-ID');
const googleId = voice('Google Bahasa Indonesia', 'id-ID', false);
const espeakMalay = voice('Malay espeak-ng', 'ms');
const remoteMalay = voice('Google Melayu', 'ms-MY', false);
const afrikaansDefault = voice('Afrikaans espeak-ng', 'af', true, true);
const enUs = voice('English (America) espeak-ng', 'en-US');
const enGb = voice('English (Great Britain) espeak-ng', 'en-GB');
const enCaribbean = voice('English (Caribbean) espeak-ng', 'en-029');
const enRp = voice('English (Received Pronunciation) espeak-ng', 'en-GB-x-rp');
const enId = voice('English (Indonesia)', 'en_ID');
const googleUs = voice('Google US English', 'en-US', false);

type Case = [name: string, voices: VoiceInfo[], lang: Language, preferredId: string | undefined, expectedId: string | undefined, reason?: VoiceChoiceReason];

const cases: Case[] = [
  ['no voices at all', [], 'id', undefined, undefined],
  ['only English voices for Indonesian', [enUs, enGb], 'id', undefined, undefined],
  ['only English voices for English', [afrikaansDefault, enUs], 'en', undefined, enUs.id, 'local-region'],
  ['"id" (speech-dispatcher) is an Indonesian voice', [afrikaansDefault, espeakId], 'id', undefined, espeakId.id, 'local-language'],
  ['"id-ID" beats "id"', [espeakId, windowsGadis], 'id', undefined, windowsGadis.id, 'local-region'],
  ['Android\'s "in-ID" is Indonesian with the region', [espeakId, androidId], 'id', undefined, androidId.id, 'local-region'],
  ['local "id" beats remote "id-ID" (the kiosk is offline)', [googleId, espeakId], 'id', undefined, espeakId.id, 'local-language'],
  ['remote Indonesian when it is the only Indonesian and no Malay', [enUs, googleId], 'id', undefined, googleId.id, 'remote'],
  ['local Malay is the last resort before a remote voice', [googleId, espeakMalay], 'id', undefined, espeakMalay.id, 'related-language'],
  ['Malay never beats a local Indonesian voice', [espeakMalay, espeakId], 'id', undefined, espeakId.id, 'local-language'],
  ['a remote Malay voice is not used', [remoteMalay, enUs], 'id', undefined, undefined],
  ['Malay is not used for English', [espeakMalay], 'en', undefined, undefined],
  ['platform order breaks ties (plain espeak before +Adam)', [espeakId, espeakIdAdam], 'id', undefined, espeakId.id, 'local-language'],
  ['the platform default breaks ties', [espeakId, voice('Indonesian+Max espeak-ng', 'id', true, true)], 'id', undefined, 'Indonesian+Max espeak-ng', 'local-language'],
  ['the preferred voice wins', [windowsGadis, espeakIdAdam], 'id', espeakIdAdam.id, espeakIdAdam.id, 'preferred'],
  ['a preferred remote voice wins over local ones', [espeakId, googleId], 'id', googleId.id, googleId.id, 'preferred'],
  ['a preferred voice of another language is ignored', [espeakId, enUs], 'id', enUs.id, espeakId.id, 'local-language'],
  ['a preferred voice that vanished is ignored', [espeakId], 'id', 'gone', espeakId.id, 'local-language'],
  ['English: en-ID first', [enUs, enGb, enId], 'en', undefined, enId.id, 'local-region'],
  ['English: en-GB before en-US', [enUs, enGb], 'en', undefined, enGb.id, 'local-region'],
  ['English: "en-GB-x-rp" counts as en-GB', [enUs, enRp], 'en', undefined, enRp.id, 'local-region'],
  ['English: any local en before a remote en-US', [googleUs, enCaribbean], 'en', undefined, enCaribbean.id, 'local-language'],
];

describe('chooseVoice', () => {
  it.each(cases)('%s', (_name, voices, lang, preferredId, expectedId, reason) => {
    const choice = chooseVoice(voices, lang, preferredId);
    expect(choice?.voice.id).toBe(expectedId);
    if (reason) expect(choice?.reason).toBe(reason);
  });

  it('picks among 13,000 voices (Chromium with speech-dispatcher) quickly', () => {
    const many = Array.from({ length: 13_000 }, (_, index) => voice(`v${index}`, ['af', 'en-US', 'de', 'ms'][index % 4]!));
    many.splice(9000, 0, espeakId);
    const started = performance.now();
    expect(chooseVoice(many, 'id')?.voice.id).toBe(espeakId.id);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('parseVoiceLang', () => {
  it.each([
    ['id', 'id', ''],
    ['id-ID', 'id', 'ID'],
    ['in_ID', 'id', 'ID'],
    ['en-GB-x-rp', 'en', 'GB'],
    ['en-029', 'en', '029'],
    ['cmn-Latn-pinyin', 'cmn', ''],
    ['sr-Latn-RS', 'sr', 'RS'],
  ])('%s → %s %s', (tag, language, region) => {
    expect(parseVoiceLang(tag)).toEqual({ language, region });
  });
});
