/** Most digits read as a cardinal number (up to 999 triliun / trillion); longer strings are read digit by digit. */
export const MAX_CARDINAL_DIGITS = 15;

/** One group of three digits of a number and its scale index (0 units, 1 thousands, 2 millions, ...). */
export interface ThousandGroup {
  scale: number;
  value: number;
}

/** The non-zero groups of three digits of a digit string, most significant first ("1002000" → 1 million, 2 thousand). */
export function thousandGroups(digits: string): ThousandGroup[] {
  const groups: ThousandGroup[] = [];
  const groupCount = Math.ceil(digits.length / 3);
  for (let scale = groupCount - 1; scale >= 0; scale--) {
    const end = digits.length - scale * 3;
    const value = Number(digits.slice(Math.max(end - 3, 0), end));
    if (value !== 0) groups.push({ scale, value });
  }
  return groups;
}
