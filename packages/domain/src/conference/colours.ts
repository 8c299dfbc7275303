/**
 * Contrast of a track's colour (WCAG 2.2, 1.4.3). A track colour is the background of the
 * white text of its labels in the programme and the colour of its name written on white, so
 * it must reach 4.5:1 against white (the level for normal-size text).
 */
export const TRACK_MIN_CONTRAST = 4.5;
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** '#1f5f8b' → [31, 95, 139]; null for anything else than '#rrggbb'. */
export function parseHexColour(colour: string): [number, number, number] | null {
  if (!COLOUR_PATTERN.test(colour)) return null;
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The relative luminance of an sRGB colour, 0 (black) to 1 (white), as WCAG defines it. */
export function relativeLuminance(colour: string): number {
  const rgb = parseHexColour(colour);
  if (!rgb) throw new Error(`not a #rrggbb colour: ${colour}`);
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white); the order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people are shown it, with one decimal, rounded down: a colour at 4.48:1 must not
 * be shown as «4.5:1» beside a refusal.
 */
export function formatContrast(ratio: number): number {
  return Math.floor(ratio * 10) / 10;
}

export interface TrackColourCheck {
  /** Against white, unrounded. */
  ratio: number;
  passes: boolean;
}

/** The rule a track's colour must meet; null for a value that is not a colour at all. */
export function checkTrackColour(colour: string): TrackColourCheck | null {
  if (!parseHexColour(colour)) return null;
  const ratio = contrastRatio(colour, '#ffffff');
  return { ratio, passes: ratio >= TRACK_MIN_CONTRAST };
}
