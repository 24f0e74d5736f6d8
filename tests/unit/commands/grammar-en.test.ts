import { describe, expect, it } from 'vitest';
import type { Command } from '../../../a11y/commands/command.ts';
import { normalizeTranscript, parseCommand } from '../../../a11y/commands/grammar.ts';
import { PHRASES_EN } from '../../../a11y/commands/phrases-en.ts';

const search = (text: string): Command => ({ type: 'search', text });
const open = (index: number): Command => ({ type: 'open', index });
const goTo = (pasal: string, ayat?: string, thenRead?: boolean): Command => ({
  type: 'go-to',
  pasal,
  ...(ayat ? { ayat } : {}),
  ...(thenRead ? { thenRead } : {}),
});

describe('parseCommand (English)', () => {
  it.each<[string, Command]>([
    ['read', { type: 'read' }],
    ['Read.', { type: 'read' }],
    ['please read', { type: 'read' }],
    ['can you read this please', { type: 'read' }],
    ['um, read it aloud', { type: 'read' }],
    ['start reading', { type: 'read' }],
    ['read again', { type: 'repeat' }],
    ['Read it again, please.', { type: 'repeat' }],
    ['repeat', { type: 'repeat' }],
    ['say that again', { type: 'repeat' }],
    ['stop', { type: 'stop' }],
    ['Stop!', { type: 'stop' }],
    ['stop reading', { type: 'stop' }],
    ['pause', { type: 'pause' }],
    ['wait a second', { type: 'pause' }],
    ['hold on', { type: 'pause' }],
    ['continue', { type: 'resume' }],
    ['resume', { type: 'resume' }],
    ['keep reading', { type: 'resume' }],
    ['next', { type: 'next' }],
    ['next one', { type: 'next' }],
    ['previous', { type: 'previous' }],
    ['go back', { type: 'back' }],
    ['Go back.', { type: 'back' }],
    ['back', { type: 'back' }],
    ['home', { type: 'home' }],
    ['go home', { type: 'home' }],
    ['I want to go home', { type: 'home' }],
    ['main menu', { type: 'home' }],
    ['help', { type: 'help' }],
    ['Help!', { type: 'help' }],
    ['help me please', { type: 'help' }],
    ['what can I say?', { type: 'help' }],
    ["I'm lost", { type: 'help' }],
    ['where am I', { type: 'where-am-i' }],
    ['Where am I?', { type: 'where-am-i' }],
    ['slower', { type: 'slower' }],
    ['speak slower please', { type: 'slower' }],
    ['slow down', { type: 'slower' }],
    ['too fast', { type: 'slower' }],
    ['faster', { type: 'faster' }],
    ['speed up', { type: 'faster' }],
    ['louder', { type: 'louder' }],
    ['speak up', { type: 'louder' }],
    ["I can't hear", { type: 'louder' }],
    ['softer', { type: 'softer' }],
    ['quieter please', { type: 'softer' }],
    ['turn down the volume', { type: 'softer' }],
    ['next sentence', { type: 'next-sentence' }],
    ['previous sentence', { type: 'previous-sentence' }],
    ['next paragraph', { type: 'next-paragraph' }],
    ['previous paragraph', { type: 'previous-paragraph' }],
    ['next section', { type: 'next-heading' }],
    ['previous heading', { type: 'previous-heading' }],
    ['next article', { type: 'next-pasal' }],
    ['previous article', { type: 'previous-pasal' }],
    ['search for school help', search('school help')],
    ['Search for school help.', search('school help')],
    ['could you search for disability programs', search('disability programs')],
    ['look for ID card', search('id card')],
    ['find scholarships for university', search('scholarships for university')],
    ["I'm looking for food aid", search('food aid')],
    ['search', search('')],
    ['programs for people with disabilities', search('programs for people with disabilities')],
    ['help with school fees', search('help with school fees')],
    ['open number three', open(3)],
    ['Open number 3.', open(3)],
    ['open the third one', open(3)],
    ['the third one', open(3)],
    ['number twelve', open(12)],
    ['select number two', open(2)],
    ['choose the first', open(1)],
    ['open item twenty-one', open(21)],
    ['number a hundred and fifty-three', open(153)],
    ['the twenty fourth one', open(24)],
    ['open the 3rd one', open(3)],
    ['five', open(5)],
    ['read article twenty four paragraph two', goTo('24', '2', true)],
    ['Read article 24, paragraph 2.', goTo('24', '2', true)],
    ['go to article five', goTo('5')],
    ['article twenty-eight H', goTo('28H')],
    ['go to pasal 28H ayat 1', goTo('28H', '1')],
    ['read article one hundred fifty three', goTo('153', undefined, true)],
    ['jump to article nineteen', goTo('19')],
    ['switch to Indonesian', { type: 'language', lang: 'id' }],
    ['Switch to Indonesian, please.', { type: 'language', lang: 'id' }],
    ['Indonesian', { type: 'language', lang: 'id' }],
    ['bahasa indonesia', { type: 'language', lang: 'id' }],
    ['switch to English', { type: 'language', lang: 'en' }],
    ['change language', { type: 'language' }],
    ['call staff', { type: 'call-staff' }],
    ['please call a librarian', { type: 'call-staff' }],
    ['I need a person', { type: 'call-staff' }],
    ['select', { type: 'activate' }],
    ['open this', { type: 'activate' }],
    ['okay', { type: 'activate' }],
    ['explore mode', { type: 'explore-mode' }],
    ['turn on explore mode', { type: 'explore-mode', isOn: true }],
    ['turn off explore mode', { type: 'explore-mode', isOn: false }],
    ['uh, stop', { type: 'stop' }],
    ['er home', { type: 'home' }],
    // Indonesian said on an English screen
    ['berhenti', { type: 'stop' }],
    ['kembali', { type: 'back' }],
    ['baca pasal lima', goTo('5', undefined, true)],
  ])('"%s"', (transcript, command) => {
    expect(parseCommand(transcript, 'en')).toEqual({ command });
  });

  it.each(['good morning', 'how are you', 'read article', 'open number zero', 'the weather today', 'please', ''])(
    '"%s" is not understood, with suggestions',
    (transcript) => {
      const result = parseCommand(transcript, 'en');
      expect(result).toMatchObject({ unknown: true });
      if ('unknown' in result) expect(result.suggestions).toHaveLength(3);
    },
  );

  it('suggests phrases the grammar itself understands', () => {
    for (const phrase of PHRASES_EN.suggestions) expect(parseCommand(phrase, 'en')).toHaveProperty('command');
  });

  it('has no phrase that means two commands', () => {
    const seen = new Map<string, string>();
    for (const entry of PHRASES_EN.fixed) {
      for (const phrase of entry.phrases) {
        expect(seen.get(phrase) ?? entry.key, `"${phrase}"`).toBe(entry.key);
        seen.set(phrase, entry.key);
      }
    }
  });

  it('understands every fixed phrase as its own command', () => {
    for (const entry of PHRASES_EN.fixed) {
      for (const phrase of entry.phrases) expect(parseCommand(phrase, 'en'), phrase).toEqual({ command: entry.command });
    }
  });
});

describe('normalizeTranscript', () => {
  it.each<[string, string[]]>([
    ['Baca pasal 24, ayat 2.', ['baca', 'pasal', '24', 'ayat', '2']],
    ['Pelan-pelan ya!', ['pelan', 'pelan', 'ya']],
    ["I'm lost", ['im', 'lost']],
    ['  “Cari”   KTP… ', ['cari', 'ktp']],
    ['ＢＡＣＡ', ['baca']],
  ])('%j', (transcript, words) => {
    expect(normalizeTranscript(transcript)).toEqual(words);
  });
});
