import { describe, expect, it } from 'vitest';
import { toBraille } from '../../../a11y/braille/to-braille.ts';
import { brf } from './braille-helpers.ts';
import { ALL_LAWS, SAMPLE_LAWS } from './law-texts.ts';

const lawText = (id: string): string => SAMPLE_LAWS.find((law) => law.id === id)?.text ?? '';

describe('toBraille (id): sentences from real laws (content/sample/laws)', () => {
  it.each([
    ['uu-2008-14', 'DENGAN RAHMAT TUHAN YANG MAHA ESA', ',,DENGAN ,,RAHMAT ,,TUHAN ,,YANG ,,MAHA ,,ESA'],
    [
      'uu-2008-14',
      'UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 14 TAHUN 2008',
      ',,UNDANG-,,UNDANG ,,REPUBLIK ,,INDONESIA ,,NOMOR #AD ,,TAHUN #BJJH',
    ],
    ['uu-2008-14', 'M E M U T U S K A N:', ',M ,E ,M ,U ,T ,U ,S ,K ,A ,N3'],
    ['uu-2008-14', 'Menimbang :', ',MENIMBANG 3'],
    ['uu-2008-14', 'a. bahwa informasi merupakan kebutuhan pokok', 'A4 BAHWA INFORMASI MERUPAKAN KEBUTUHAN POKOK'],
    [
      'uu-2008-14',
      'Pasal 20, Pasal 21, Pasal 28 F, dan Pasal 28 J',
      ',PASAL #BJ1 ,PASAL #BA1 ,PASAL #BH ,F1 DAN ,PASAL #BH ,J',
    ],
    [
      'uu-2008-14',
      'pidana denda paling banyak Rp5.000.000,00 (lima juta rupiah).',
      "PIDANA DENDA PALING BANYAK ,RP#E'JJJ'JJJ1JJ 7LIMA JUTA RUPIAH74",
    ],
    [
      'uu-2011-13',
      'Rp750.000.000,00 (tujuh ratus lima puluh juta rupiah).',
      ",RP#GEJ'JJJ'JJJ1JJ 7TUJUH RATUS LIMA PULUH JUTA RUPIAH74",
    ],
    ['uu-2011-13', 'Pasal 28H ayat (1) dan ayat (2)', ',PASAL #BH;,H AYAT 7#A7 DAN AYAT 7#B7'],
    [
      'uu-2011-13',
      'Yang dimaksud dengan asas \u201Ckemanusiaan\u201D adalah',
      ',YANG DIMAKSUD DENGAN ASAS 8KEMANUSIAAN0 ADALAH',
    ],
    ['uu-2009-25', 'Pasal 18A ayat (2)', ',PASAL #AH;,A AYAT 7#B7'],
    ['uu-2016-8', 'Pasal 28I ayat (1)', ',PASAL #BH;,I AYAT 7#A7'],
    ['uu-2016-8', 'Pasal 28J Undang-Undang Dasar', ',PASAL #BH;,J ,UNDANG-,UNDANG ,DASAR'],
    [
      'uu-2016-8',
      'paling sedikit 2% (dua persen) Penyandang Disabilitas',
      'PALING SEDIKIT #B.0 7DUA PERSEN7 ,PENYANDANG ,DISABILITAS',
    ],
    ['uu-2007-43', 'paling sedikit 5% dari anggaran', 'PALING SEDIKIT #E.0 DARI ANGGARAN'],
    [
      'uu-2007-43',
      'Pasal 31 ayat (2), Pasal 32, dan Pasal 28F Undang-Undang Dasar',
      ',PASAL #CA AYAT 7#B71 ,PASAL #CB1 DAN ,PASAL #BH;,F ,UNDANG-,UNDANG ,DASAR',
    ],
  ])('[%s] %s', (lawId, sentence, expected) => {
    expect(lawText(lawId)).toContain(sentence);
    expect(brf(sentence, 'id')).toBe(expected);
  });
});

describe('toBraille (en): sentences from the sample programs and notices', () => {
  it.each([
    [
      'Free. Applying for and issuing population documents is free of charge (Law 24/2013, Article 79A).',
      ',FREE4 ,APPLYING FOR AND ISSUING POPULATION DOCUMENTS IS FREE OF CHARGE "<,LAW #BD_/#BJAC1 ,ARTICLE #GI,A">4',
    ],
    ['BPJS Kesehatan Care Center: call 165.', ',,BPJS ,KESEHATAN ,CARE ,CENTER3 CALL #AFE4'],
    ['Monday to Friday: 8 am to 4 pm (example).', ',MONDAY TO ,FRIDAY3 #H AM TO #D PM "<EXAMPLE">4'],
    [
      'Since 2025, DTSEN has replaced DTKS as the basis for social assistance (Presidential Instruction 4/2025).',
      ',SINCE #BJBE1 ,,DTSEN HAS REPLACED ,,DTKS AS THE BASIS FOR SOCIAL ASSISTANCE "<,PRESIDENTIAL ,INSTRUCTION #D_/#BJBE">4',
    ],
    ['Go to your RT/RW head', ',GO TO YOUR ,,RT_/,,RW HEAD'],
    ['An Indonesian citizen aged 18 or older.', ',AN ,INDONESIAN CITIZEN AGED #AH OR OLDER4'],
    [
      'private companies at least 1%.',
      'PRIVATE COMPANIES AT LEAST #A.04',
    ],
  ])('%s', (sentence, expected) => {
    expect(brf(sentence, 'en')).toBe(expected);
  });
});

describe('toBraille over every real law', () => {
  it.each(ALL_LAWS.map((law) => [law.id, law.text] as const))(
    '[%s] writes only six-dot cells, spaces and line breaks, with no placeholder',
    (_id, text) => {
      const braille = toBraille(text, 'id');
      expect(braille).toMatch(/^[\u2800-\u283F \n]*$/u);
      expect(braille).not.toContain('⠿');
      expect(braille.split('\n')).toHaveLength(text.split(/\r\n?|\n/).length);
    },
  );
});
