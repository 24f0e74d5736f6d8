import { describe, expect, it } from 'vitest';
import { ColorFormatError, contrastRatio, parseHex, relativeLuminance } from '../../../a11y/themes/contrast.ts';

describe('relativeLuminance', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#fff', 1],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
    ['#808080', 0.2159],
  ])('of %s is %d', (color, luminance) => {
    expect(relativeLuminance(color)).toBeCloseTo(luminance, 4);
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000', '#fff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#595959', '#ffffff', 7.0],
    ['#ffff00', '#000000', 19.56],
    ['#0000ff', '#ffffff', 8.59],
    ['#123456', '#123456', 1],
  ])('of %s and %s is %d', (first, second, ratio) => {
    expect(contrastRatio(first, second)).toBeCloseTo(ratio, 2);
  });

  it('does not depend on the order of the colours', () => {
    expect(contrastRatio('#3b4450', '#f3f5f7')).toBe(contrastRatio('#f3f5f7', '#3b4450'));
  });
});

describe('parseHex', () => {
  it('reads #rgb and #rrggbb, in either case', () => {
    expect(parseHex('#0aF')).toEqual([0, 170, 255]);
    expect(parseHex('#00AAff')).toEqual([0, 170, 255]);
  });

  it.each(['red', '#12345', 'rgb(0,0,0)', '#ggg'])('refuses %j with a message that says how to write it', (color) => {
    expect(() => parseHex(color)).toThrow(ColorFormatError);
    expect(() => parseHex(color)).toThrow(/#rgb or #rrggbb/);
  });
});
