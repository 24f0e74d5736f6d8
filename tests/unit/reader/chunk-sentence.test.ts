// Chunking long sentences for the voice: no chunk over the limit, chunks cover the sentence, words stay whole,
// and pieces end at clause boundaries first.
import { describe, expect, it } from 'vitest';
import { chunkSentence, segmentText, type TextRange } from '../../../a11y/reader/segment.ts';
import { lawText, SAMPLE_LAWS, sampleRegulation } from './reader-fixtures.ts';

/** The first broken chunking rule, or undefined. */
function findProblem(text: string, sentence: TextRange, chunks: TextRange[], maxChars: number): string | undefined {
  let covered = sentence.start;
  for (const chunk of chunks) {
    const slice = text.slice(chunk.start, chunk.end);
    if (slice === '' || slice.trim() !== slice) return `chunk at ${chunk.start} is empty or not trimmed`;
    // Longer than the limit only when it is a single word (kept whole).
    if (slice.length > maxChars && /\s/.test(slice)) return `chunk at ${chunk.start} has ${slice.length} characters`;
    if (text.slice(covered, chunk.start).trim() !== '') return `text before ${chunk.start} is in no chunk`;
    if (chunk.start > sentence.start && !/\s/.test(text[chunk.start - 1]!)) return `chunk at ${chunk.start} starts inside a word`;
    if (chunk.end < sentence.end && !/\s/.test(text[chunk.end]!)) return `chunk ending at ${chunk.end} ends inside a word`;
    covered = chunk.end;
  }
  return covered === sentence.end ? undefined : 'the chunks stop before the end of the sentence';
}

function chunkTexts(text: string, maxChars?: number): string[] {
  return chunkSentence(text, { start: 0, end: text.length }, maxChars).map((chunk) => text.slice(chunk.start, chunk.end));
}

describe('chunkSentence', () => {
  it('leaves a sentence of at most 200 characters whole', () => {
    const text = 'Pemerintah dan Pemerintah Daerah wajib menyediakan anggaran bagi pelaksanaan Penghormatan.';
    expect(chunkTexts(text)).toEqual([text]);
  });

  it('splits a whole ayat joined on one line (UU 8/2016 Pasal 5 ayat 1, 650 characters) after ";" and ":"', () => {
    const regulation = sampleRegulation('uu-2016-8');
    const start = regulation.text.indexOf('(1) Penyandang Disabilitas memiliki hak:');
    const end = regulation.text.indexOf('(2) Selain hak', start);
    const joined = regulation.text.slice(start, end).replace(/\s*\n\s*/g, ' ').trim();
    const chunks = chunkTexts(joined);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    expect(findProblem(joined, { start: 0, end: joined.length }, chunkSentence(joined, { start: 0, end: joined.length }), 200)).toBeUndefined();
    for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/[;:]$/);
  });

  it.each([...SAMPLE_LAWS, 'uu-2020-11'])('%s: every sentence over 200 characters chunks correctly', (id) => {
    const text = lawText(id);
    const long = segmentText(text, 'id').flatMap((paragraph) => paragraph.sentences).filter((sentence) => sentence.end - sentence.start > 200);
    expect(long.length).toBeGreaterThan(0);
    for (const sentence of long) expect(findProblem(text, sentence, chunkSentence(text, sentence), 200)).toBeUndefined();
  });

  it('handles the longest sentence of the omnibus law (over 3,000 characters)', () => {
    const text = lawText('uu-2020-11');
    const sentences = segmentText(text, 'id').flatMap((paragraph) => paragraph.sentences);
    const longest = sentences.reduce((best, sentence) => (sentence.end - sentence.start > best.end - best.start ? sentence : best));
    expect(longest.end - longest.start).toBeGreaterThan(3000);
    const chunks = chunkSentence(text, longest);
    expect(chunks.length).toBeGreaterThanOrEqual(16);
    expect(findProblem(text, longest, chunks, 200)).toBeUndefined();
  });

  it('splits after a comma when there is no ";" or ":"', () => {
    const text = `${'kata '.repeat(30)}akhir, ${'lagi '.repeat(30)}selesai.`;
    const chunks = chunkTexts(text);
    expect(chunks[0]).toMatch(/akhir,$/);
    expect(findProblem(text, { start: 0, end: text.length }, chunkSentence(text, { start: 0, end: text.length }), 200)).toBeUndefined();
  });

  it('splits before "dan", "atau" or "yang" when there is no punctuation', () => {
    const text = `${'kata '.repeat(30)}dan ${'lagi '.repeat(30)}selesai`;
    const chunks = chunkTexts(text);
    expect(chunks[1]).toMatch(/^dan /);
  });

  it('splits at a word boundary as a last resort, and never inside a word', () => {
    const text = 'panjang '.repeat(60).trim();
    const chunks = chunkTexts(text);
    expect(chunks.every((chunk) => chunk.length <= 200)).toBe(true);
    expect(chunks.join(' ')).toBe(text);
  });

  it('keeps one word longer than the limit whole (a long address)', () => {
    const url = `https://jdih.kemensos.go.id/${'a'.repeat(250)}`;
    const text = `Lihat ${url} untuk teks lengkap peraturan ini.`;
    const chunks = chunkTexts(text, 200);
    expect(chunks).toContain(url);
    expect(findProblem(text, { start: 0, end: text.length }, chunkSentence(text, { start: 0, end: text.length }), 200)).toBeUndefined();
  });

  it('respects a smaller limit and trims the range it is given', () => {
    const text = '   Satu, dua, tiga, empat, lima, enam, tujuh, delapan, sembilan, sepuluh, sebelas, dua belas.   ';
    const sentence = { start: 0, end: text.length };
    const chunks = chunkSentence(text, sentence, 30);
    expect(chunks.every((chunk) => chunk.end - chunk.start <= 30)).toBe(true);
    expect(findProblem(text, { start: 3, end: text.length - 3 }, chunks, 30)).toBeUndefined();
  });
});
