import { describe, expect, test } from 'vitest';
import { checkTrackColour, contrastRatio, formatContrast, parseHexColour, relativeLuminance } from './colours.ts';

describe('colour contrast (WCAG 2.2)', () => {
  test('parses only #rrggbb', () => {
    expect(parseHexColour('#1f5f8b')).toEqual([31, 95, 139]);
    expect(parseHexColour('#FFFFFF')).toEqual([255, 255, 255]);
    for (const bad of ['1f5f8b', '#fff', '#1f5f8g', '#1f5f8b0', 'red', '']) expect(parseHexColour(bad)).toBeNull();
  });

  test('luminance is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  test('the known ratios: black on white 21:1, a colour against itself 1:1, symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#1f5f8b', '#1f5f8b')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#767676'), 12);
    // The well-known grey at the limit: #767676 passes (4.54:1), #777777 does not (4.48:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test('a track colour must reach 4.5:1 against white', () => {
    expect(checkTrackColour('#767676')).toMatchObject({ passes: true });
    expect(checkTrackColour('#777777')).toMatchObject({ passes: false });
    expect(checkTrackColour('#ffff00')).toMatchObject({ passes: false });
    expect(checkTrackColour('#1f5f8b')).toMatchObject({ passes: true });
    expect(checkTrackColour('yellow')).toBeNull();
  });

  test('a ratio is shown rounded down, so a refused colour never shows the limit', () => {
    expect(formatContrast(4.4999)).toBe(4.4);
    expect(formatContrast(contrastRatio('#777777', '#ffffff'))).toBe(4.4);
    expect(formatContrast(21)).toBe(21);
  });
});
