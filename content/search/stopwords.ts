import type { Language } from '../model/localized.ts';

/*
 * Function words left out of the index and the query. They carry no meaning for a search ("bantuan untuk
 * lansia" is "bantuan lansia") and are the most frequent words of legal text, so leaving them out keeps the
 * index of a whole law collection small. Words with legal meaning (pasal, ayat, huruf, tidak) are kept.
 */
const INDONESIAN = `
ada adalah agar akan aku anda antara apa apabila atas atau bagi bahwa beberapa begitu belum bila boleh
dalam dan dapat dari demikian dengan di dia ia ini itu jika juga kami kamu kan karena ke kepada ketika
kita lagi lah maka masih mereka meski namun oleh pada para saat saja sebagai sedang sehingga sejak
serta setelah suatu sudah tentang tersebut untuk wahai yaitu yakni yang
`;

const ENGLISH = `
a about an and are as at be been being but by can do does for from had has have how i if in into is it its
my no of on or our so than that the their them then there these they this those to was we were what when
where which who will with would you your
`;

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Stopwords by language. */
export const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = { id: toSet(INDONESIAN), en: toSet(ENGLISH) };
