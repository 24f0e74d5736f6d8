import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../a11y/speech/normalize/normalize-for-speech.ts';
import { loadContentTexts } from './source-texts.ts';

function say(text: string): string {
  return normalizeForSpeech(text, 'en').text;
}

describe('normalizeForSpeech (en)', () => {
  it.each([
    ['1,000,000 people', 'one million people'],
    ['2.5 kg', 'two point five kg'],
    ['the 3rd and 21st', 'the third and twenty-first'],
    ['5%', 'five percent'],
    ['2/3 of members', 'two thirds of members'],
    ['Rp600.000', 'six hundred thousand rupiah'],
    ['Rp 1.500.000,50', 'one million five hundred thousand rupiah and fifty sen'],
    ['Rp2.5 million', 'two point five million rupiah'],
    ['Rp2,5 juta', 'two point five million rupiah'],
    ['17/08/2025', 'seventeenth of August two thousand twenty-five'],
    ['17 August 2025', 'seventeenth of August two thousand twenty-five'],
    ['August 17, 2025', 'August seventeenth, two thousand twenty-five'],
    ['in 1945', 'in nineteen forty-five'],
    ['8:30', 'eight thirty'],
    ['09:05', 'nine oh five'],
    ['16:00', 'four p m'],
    ['08:00–16:00 WIB', "eight o'clock to four p m Western Indonesia Time"],
    ['Open until 4 p.m. Then closed.', 'Open until four p m. Then closed.'],
    ['0812-3456-7890', 'zero eight one two, three four five six, seven eight nine zero'],
    ['+62 812 3456 7890', 'plus six two, eight one two, three four five six, seven eight nine zero'],
    ['Hotline 171', 'Hotline one seven one'],
    ['KTP, BPJS and DTKS', 'kay tee pee, bee pee jay ess and dee tee kay ess'],
    ['e-KTP', 'ee kay tee pee'],
    ['NOTE: THE LAW IS FREE', 'note: the law is free'],
    ['CHAPTER IV GENERAL PROVISIONS', 'chapter four general provisions'],
    ['World War II', 'World War two'],
    ['e.g. books, magazines, etc.', 'for example books, magazines, et cetera.'],
    ['i.e. the head', 'that is the head'],
    ['this and/or that', 'this and or that'],
    ['No. 5 Main St.', 'number five Main street'],
    ['St. Mary', 'Saint Mary'],
    ['Article 5(2)', 'Article five, paragraph two'],
    ['Article 5(2)(a)', 'Article five, paragraph two, point a'],
    ['Law No. 8 of 2016', 'Law number eight of two thousand sixteen'],
    ['UU No. 13', 'Law number thirteen'],
    ['info@perpus.go.id', 'info at perpus dot go dot id'],
    ['https://www.lps.go.id/simpanan', 'double you double you double you dot el pee ess dot go dot id slash simpanan'],
    ['• first item', 'first item'],
    ['1. First step', 'one, First step'],
    ['(a) second', 'a, second'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

const CONTENT = loadContentTexts('en');

/** [English text of a sample program or notice, what the voice is given]. */
const PROGRAM_TEXTS: [string, string][] = [
  [
    'Family Hope Program (PKH)',
    'Family Hope Program (pee kay aitch)',
  ],
  [
    'The family is registered in the government\'s socio-economic data (DTSEN, formerly DTKS).',
    'The family is registered in the government\'s socio-economic data (dee tee ess ee en, formerly dee tee kay ess).',
  ],
  [
    'If you are not registered, ask to be proposed through your RT/RW head and the village/ward office, or send a proposal yourself through the Cek Bansos app.',
    'If you are not registered, ask to be proposed through your ar tee ar double you head and the village or ward office, or send a proposal yourself through the Cek Bansos app.',
  ],
  [
    'Electronic ID card (KTP-el)',
    'Electronic eye dee card (kay tee pee el)',
  ],
  [
    'Since 2025, DTSEN has replaced DTKS as the basis for social assistance (Presidential Instruction 4/2025).',
    'Since two thousand twenty-five, dee tee ess ee en has replaced dee tee kay ess as the basis for social assistance (Presidential Instruction four of two thousand twenty-five).',
  ],
  [
    'Check the result on cekbansos.kemensos.go.id or the Cek Bansos app: choose your area, then type the name as written on the KTP-el.',
    'Check the result on cekbansos dot kemensos dot go dot id or the Cek Bansos app: choose your area, then type the name as written on the kay tee pee el.',
  ],
  [
    'Smart Indonesia Program (PIP) / Smart Indonesia Card (KIP)',
    'Smart Indonesia Program (pee eye pee) or Smart Indonesia Card (kay eye pee)',
  ],
  [
    'PIP is cash for school costs for children aged 6 to 21 from poor or near-poor families. The money helps pay for books, uniforms and other school needs.',
    'pee eye pee is cash for school costs for children aged six to twenty-one from poor or near-poor families. The money helps pay for books, uniforms and other school needs.',
  ],
  [
    'Check the result on pip.kemendikdasmen.go.id with the pupil\'s NISN and NIK numbers, or ask the school.',
    'Check the result on pee eye pee dot kemendikdasmen dot go dot id with the pupil\'s en eye ess en and en eye kay numbers, or ask the school.',
  ],
  [
    'Create an account on kip-kuliah.kemdiktisaintek.go.id or the KIP Kuliah app, with your NIK, NISN, your school\'s NPSN and a working email address.',
    'Create an account on kay eye pee dash kuliah dot kemdiktisaintek dot go dot id or the kay eye pee Kuliah app, with your en eye kay, en eye ess en, your school\'s en pee ess en and a working email address.',
  ],
  [
    'Check your membership in the Mobile JKN app, through BPJS Kesehatan Care Center 165, or at a BPJS Kesehatan office.',
    'Check your membership in the Mobile jay kay en app, through bee pee jay ess Kesehatan Care Center one six five, or at a bee pee jay ess Kesehatan office.',
  ],
  [
    'BPJS Kesehatan Care Center: call 165.',
    'bee pee jay ess Kesehatan Care Center: call one six five.',
  ],
  [
    'An Indonesian citizen aged 18 or older.',
    'An Indonesian citizen aged eighteen or older.',
  ],
  [
    'Electronic ID card (KTP-el / e-KTP)',
    'Electronic eye dee card (kay tee pee el or ee kay tee pee)',
  ],
  [
    'Free. Applying for and issuing population documents is free of charge (Law 24/2013, Article 79A).',
    'Free. Applying for and issuing population documents is free of charge (Law twenty-four of two thousand thirteen, Article seventy-nine A).',
  ],
  [
    'Anyone not yet registered can register with the lurah or village head where they live (Law 8/2016, Article 119).',
    'Anyone not yet registered can register with the lurah or village head where they live (Law eight of two thousand sixteen, Article one hundred nineteen).',
  ],
  [
    'By law, government bodies and state- or region-owned companies must employ at least 2% people with disabilities; private companies at least 1%.',
    'By law, government bodies and state- or region-owned companies must employ at least two percent people with disabilities; private companies at least one percent.',
  ],
  [
    'People with disabilities have the right to library services adapted to their needs (Law 43/2007, Article 5).',
    'People with disabilities have the right to library services adapted to their needs (Law forty-three of two thousand seven, Article five).',
  ],
  [
    'Monday to Friday: 8 am to 4 pm (example).',
    'Monday to Friday: eight a m to four p m (example).',
  ],
  [
    'Saturday: 9 am to 2 pm (example).',
    'Saturday: nine a m to two p m (example).',
  ],
  [
    'Staff can help you read the requirements of government programs, such as PKH, KIP, BPJS Kesehatan or the KTP-el, and explain which documents to bring.',
    'Staff can help you read the requirements of government programs, such as pee kay aitch, kay eye pee, bee pee jay ess Kesehatan or the kay tee pee el, and explain which documents to bring.',
  ],
];

describe('normalizeForSpeech (en) on the sample programs and notices', () => {
  it.each(PROGRAM_TEXTS)('%j', (text, spoken) => {
    expect(CONTENT).toContain(text);
    expect(say(text)).toBe(spoken);
  });
});
