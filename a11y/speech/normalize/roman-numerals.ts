// Roman numerals, as laws number their chapters ("BAB IV") and amending articles ("Pasal II").

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
/** Only well-formed numerals: "IIII" or "VX" are not read as numbers. */
const WELL_FORMED = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** The value of a well-formed upper-case Roman numeral, or null. */
export function romanValue(numeral: string): number | null {
  if (numeral.length === 0 || !WELL_FORMED.test(numeral)) return null;
  let total = 0;
  for (let index = 0; index < numeral.length; index++) {
    const value = VALUES[numeral[index]!] ?? 0;
    const next = VALUES[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
