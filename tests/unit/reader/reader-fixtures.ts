// Real content for the reader's tests: the bundled sample pack (programs, notices, parsed regulations), law
// texts from content/sample/laws and tests/fixtures/laws, spoken labels as the kiosk would fill them, and a
// helper that runs a session through a list of inputs.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Notice } from '../../../content/model/notice.ts';
import type { Program } from '../../../content/model/program.ts';
import type { Regulation } from '../../../content/model/regulation.ts';
import { parseRegulation } from '../../../content/regulation/parse-regulation.ts';
import type { ReaderLabels } from '../../../a11y/reader/document-builders.ts';
import { reduceSession, type ReaderEffect, type ReaderInput, type SessionState } from '../../../a11y/reader/reading-session.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

type PackItem = Program | Notice | Regulation;
const pack = JSON.parse(readFileSync(resolve(ROOT, 'public/packs/sample.pack.json'), 'utf8')) as { items: PackItem[] };

/** A program of the sample pack. */
export function sampleProgram(id: string): Program {
  const item = pack.items.find((candidate): candidate is Program => candidate.kind === 'program' && candidate.id === id);
  if (!item) throw new Error(`No program "${id}" in public/packs/sample.pack.json`);
  return item;
}

/** Every program of the sample pack. */
export function samplePrograms(): Program[] {
  return pack.items.filter((item): item is Program => item.kind === 'program');
}

/** A notice of the sample pack. */
export function sampleNotice(id: string): Notice {
  const item = pack.items.find((candidate): candidate is Notice => candidate.kind === 'notice' && candidate.id === id);
  if (!item) throw new Error(`No notice "${id}" in public/packs/sample.pack.json`);
  return item;
}

/** A parsed regulation of the sample pack (UU 8/2016, UU 43/2007, ...). */
export function sampleRegulation(id: string): Regulation {
  const item = pack.items.find((candidate): candidate is Regulation => candidate.kind === 'regulation' && candidate.id === id);
  if (!item) throw new Error(`No regulation "${id}" in public/packs/sample.pack.json`);
  return item;
}

/** The sample laws (raw corpus text) and the corpus selection in tests/fixtures/laws. */
export const SAMPLE_LAWS = ['uu-2007-43', 'uu-2008-14', 'uu-2009-25', 'uu-2011-13', 'uu-2016-8'] as const;
/** Laws copied from the corpus for tests. */
export const FIXTURE_LAWS = [
  'uu-1948-30', 'uu-1950-16', 'uu-1951-13', 'uu-1953-6', 'uu-1954-69', 'uu-1957-11', 'uu-1958-77', 'uu-1960-1', 'uu-1967-10',
  'uu-1970-3', 'uu-1999-41', 'uu-1999-43', 'uu-2003-12', 'uu-2004-2', 'uu-2004-24', 'uu-2019-15', 'uu-2020-11',
] as const;

/** The raw text of a law, as published (noise included). */
export function lawText(id: string): string {
  const folder = (SAMPLE_LAWS as readonly string[]).includes(id) ? 'content/sample/laws' : 'tests/fixtures/laws';
  return (JSON.parse(readFileSync(resolve(ROOT, folder, `${id}.json`), 'utf8')) as { text: string }).text;
}

/** Parses a raw law into a Regulation item, as a pack would carry it. */
export function parsedRegulation(id: string, raw: string = lawText(id)): Regulation {
  const parsed = parseRegulation(raw);
  return {
    kind: 'regulation',
    id,
    type: 'UU',
    number: id.split('-')[2] ?? '1',
    year: Number(id.split('-')[1] ?? 2000),
    title: { id: id },
    text: parsed.text,
    structure: parsed.structure,
    sources: [{ publisher: 'JDIH', title: id }],
    lastReviewed: '2026-01-01',
    isSample: false,
    tags: [],
  };
}

const ID_NUMBERS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];
const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** Indonesian labels, filled as the kiosk fills them from its catalogue. */
export const LABELS_ID: ReaderLabels = {
  who: 'Siapa yang berhak',
  benefits: 'Manfaat',
  howToApply: 'Cara mendaftar',
  documents: 'Dokumen yang dibawa',
  noDocuments: 'Tidak ada dokumen khusus yang disebutkan.',
  where: 'Tempat mengurus',
  cost: 'Biaya',
  contact: 'Kontak resmi',
  listIntro: (heading, count) => `${heading}: ${ID_NUMBERS[count] ?? count} butir.`,
  itemNumber: (position) => capital(ID_NUMBERS[position] ?? String(position)),
  sampleFlag: 'Contoh — periksa sebelum dipakai',
  category: { service: 'Layanan', hours: 'Jam buka', event: 'Kegiatan' },
  when: (from, to) => (to && to !== from ? `${from} sampai ${to}` : from),
  place: 'Tempat',
};

/** English labels. */
export const LABELS_EN: ReaderLabels = {
  who: 'Who qualifies',
  benefits: 'Benefits',
  howToApply: 'How to apply',
  documents: 'Documents to bring',
  noDocuments: 'No particular documents are mentioned.',
  where: 'Where to go',
  cost: 'Cost',
  contact: 'Official contact',
  listIntro: (heading, count) => `${heading}: ${EN_NUMBERS[count] ?? count} ${count === 1 ? 'item' : 'items'}.`,
  itemNumber: (position) => capital(EN_NUMBERS[position] ?? String(position)),
  sampleFlag: 'Example — check before use',
  category: { service: 'Service', hours: 'Opening hours', event: 'Event' },
  when: (from, to) => (to && to !== from ? `${from} to ${to}` : from),
  place: 'Place',
};

/** Runs inputs one after another; returns the last state and the effects of each step. */
export function run(state: SessionState, ...inputs: ReaderInput[]): { state: SessionState; steps: ReaderEffect[][] } {
  const steps: ReaderEffect[][] = [];
  let current = state;
  for (const input of inputs) {
    const step = reduceSession(current, input);
    current = step.state;
    steps.push(step.effects);
  }
  return { state: current, steps };
}

/** Effects in a readable form: speak effects as the text they speak. */
export function spoken(effects: readonly ReaderEffect[], text: string): unknown[] {
  return effects.map((effect) => {
    if (effect.type === 'speak') return { speak: text.slice(effect.start, effect.end) };
    if (effect.type === 'announce') return { announce: effect.message };
    if (effect.type === 'earcon') return { earcon: effect.name };
    return effect.type;
  });
}
