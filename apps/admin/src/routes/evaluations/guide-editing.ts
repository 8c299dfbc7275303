import type { GuideTheme } from '@knutepunkt/domain';

/**
 * Editing the guide in the browser: keys are made here, never typed, and kept for as long as the
 * theme or question exists, so a note written against `q3` still names the same question after
 * its text is corrected. A new key is one higher than any seen in this guide, so a removed
 * question's key is not given to a new one in the same edit.
 */
export function nextKey(themes: readonly GuideTheme[], prefix: 't' | 'q', floor = 0): string {
  const numbers = themes
    .flatMap((t) => [t.key, ...t.questions.map((q) => q.key)])
    .filter((k) => k.startsWith(prefix))
    .map((k) => Number(k.slice(1)))
    .filter(Number.isFinite);
  return `${prefix}${Math.max(floor, 0, ...numbers) + 1}`;
}

/** The list with the item at `index` moved by `by` (−1 up, +1 down); unchanged at an end. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}
