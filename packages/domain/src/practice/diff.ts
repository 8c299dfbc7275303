/**
 * Word-level differences between two versions of a practice example, for the
 * reviewer's "what changed since the published version" view.
 *
 * Text is split into words and the whitespace between them (kept, so the
 * parts join back into the exact texts). The shortest edit script is found
 * with Myers' O(ND) algorithm in its linear-space form (middle snake, divide
 * and conquer), so memory stays proportional to the text. When even the
 * changed middle of two texts is too large for that (the product of their
 * token counts above WORD_DIFF_LIMIT), the texts are compared paragraph by
 * paragraph first and only the changed paragraphs that are small enough are
 * compared word by word.
 */

export type DiffKind = 'same' | 'added' | 'removed';
export type DiffPart = { kind: DiffKind; text: string };
export type FieldDiff = { field: string; changed: boolean; parts: DiffPart[] };

/** Above this product of token counts a word diff could take seconds; paragraphs go first. */
export const WORD_DIFF_LIMIT = 40_000_000;

function words(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/** Paragraphs and the blank lines between them, kept as tokens of their own. */
function paragraphs(text: string): string[] {
  return text.split(/(\n[ \t]*\n\s*)/).filter((token) => token !== '');
}

/** Tokens as small integers, so the inner loop compares numbers, not strings. */
function intern(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  return [Int32Array.from(a, idOf), Int32Array.from(b, idOf)];
}

/** One edit per token: keep a[i] (= b[j]), remove a[i], or add b[j]. */
type Edit = { kind: DiffKind; index: number };

/**
 * Myers' middle snake: a point (x, y) on a shortest edit path from
 * (aLo, bLo) to (aHi, bHi), found by searching from both ends at once, so
 * that the halves before and after it can be solved on their own. Both
 * ranges are non-empty and differ at both ends.
 */
function middleSnake(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
): [number, number] {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  // With an odd delta the paths meet while searching forward, with an even one backward.
  const meetForward = (delta & 1) !== 0;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const size = 2 * offset + 1;
  // forward[offset + k]: furthest x from the start on diagonal k = x - y.
  // backward[offset + k]: the same from the end, on the reversed texts.
  const forward = new Int32Array(size).fill(-1);
  const backward = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  // Diagonals whose path has left the edit graph are not followed further.
  let forwardStart = 0;
  let forwardEnd = 0;
  let backwardStart = 0;
  let backwardEnd = 0;

  for (let d = 0; d <= maxD; d++) {
    for (let k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
      let x =
        k === -d || (k !== d && forward[offset + k - 1]! < forward[offset + k + 1]!)
          ? forward[offset + k + 1]!
          : forward[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      forward[offset + k] = x;
      if (x > n) forwardEnd += 2;
      else if (y > m) forwardStart += 2;
      else if (meetForward) {
        const other = offset + delta - k;
        if (other >= 0 && other < size && backward[other]! !== -1 && x >= n - backward[other]!) {
          return [aLo + x, bLo + y];
        }
      }
    }
    for (let k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
      let x =
        k === -d || (k !== d && backward[offset + k - 1]! < backward[offset + k + 1]!)
          ? backward[offset + k + 1]!
          : backward[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      backward[offset + k] = x;
      if (x > n) backwardEnd += 2;
      else if (y > m) backwardStart += 2;
      else if (!meetForward) {
        const other = offset + delta - k;
        if (other >= 0 && other < size && forward[other]! !== -1) {
          const forwardX = forward[other]!;
          if (forwardX >= n - x) return [aLo + forwardX, bLo + forwardX - (delta - k)];
        }
      }
    }
  }
  // Not reached for non-empty ranges: the searches meet by d = ceil((n + m) / 2).
  return [aLo, bLo];
}

function diffRange(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  out: Edit[],
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    out.push({ kind: 'same', index: aLo });
    aLo++;
    bLo++;
  }
  let suffix = 0;
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
    suffix++;
  }
  if (aLo === aHi) {
    for (let j = bLo; j < bHi; j++) out.push({ kind: 'added', index: j });
  } else if (bLo === bHi) {
    for (let i = aLo; i < aHi; i++) out.push({ kind: 'removed', index: i });
  } else {
    const [x, y] = middleSnake(a, aLo, aHi, b, bLo, bHi);
    const progress = (x > aLo || y > bLo) && (x < aHi || y < bHi);
    if (progress) {
      diffRange(a, aLo, x, b, bLo, y, out);
      diffRange(a, x, aHi, b, y, bHi, out);
    } else {
      // Never expected; if it happens, a correct (if not minimal) answer beats a loop.
      for (let i = aLo; i < aHi; i++) out.push({ kind: 'removed', index: i });
      for (let j = bLo; j < bHi; j++) out.push({ kind: 'added', index: j });
    }
  }
  for (let i = aHi; i < aHi + suffix; i++) out.push({ kind: 'same', index: i });
}

/**
 * A shortest edit script between two token lists, one part per token (not
 * merged): the `same` parts are a longest common subsequence.
 */
export function diffTokens(before: readonly string[], after: readonly string[]): DiffPart[] {
  const [a, b] = intern(before, after);
  const edits: Edit[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, edits);
  return edits.map(({ kind, index }) => ({ kind, text: kind === 'added' ? after[index]! : before[index]! }));
}

/**
 * Tidies raw parts for reading: whitespace kept between two changes is shown
 * as changed too (so "a b" → "x y" reads as one replacement, not word by word),
 * each run of changes shows what was removed before what was added, and
 * neighbours of the same kind are merged.
 */
function tidy(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const push = (kind: DiffKind, text: string) => {
    if (!text) return;
    const last = result[result.length - 1];
    if (last && last.kind === kind) last.text += text;
    else result.push({ kind, text });
  };
  const flush = () => {
    push('removed', removed);
    push('added', added);
    removed = added = '';
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      const inChange = removed !== '' || added !== '';
      const nextChanges = parts[i + 1] !== undefined && parts[i + 1]!.kind !== 'same';
      if (inChange && nextChanges && /^\s+$/.test(part.text)) {
        removed += part.text;
        added += part.text;
      } else {
        flush();
        push('same', part.text);
      }
    }
  }
  flush();
  return result;
}

function tokenProduct(before: readonly string[], after: readonly string[]): number {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return (before.length - start - end) * (after.length - start - end);
}

/** Paragraph diff first; changed runs of paragraphs are then compared word by word when small enough. */
function diffByParagraphs(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const refine = () => {
    const a = words(removed);
    const b = words(added);
    if (tokenProduct(a, b) <= WORD_DIFF_LIMIT) parts.push(...diffTokens(a, b));
    else parts.push({ kind: 'removed', text: removed }, { kind: 'added', text: added });
    removed = added = '';
  };
  for (const part of diffTokens(paragraphs(before), paragraphs(after))) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      refine();
      parts.push(part);
    }
  }
  refine();
  return parts;
}

/**
 * The word-level difference between two texts. Joining the `same` and
 * `removed` parts gives `before`; joining `same` and `added` gives `after`.
 * Neighbouring parts never have the same kind; identical texts give one
 * `same` part (none when both are empty).
 */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const a = words(before);
  const b = words(after);
  const raw = tokenProduct(a, b) <= WORD_DIFF_LIMIT ? diffTokens(a, b) : diffByParagraphs(before, after);
  return tidy(raw);
}

/**
 * Field by field, what changed between two versions (e.g. the published one
 * and the one in review). Fields come in the order of `after`, then those
 * only `before` has; a missing field counts as empty.
 */
export function diffVersions(before: Record<string, string>, after: Record<string, string>): FieldDiff[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields.map((field) => {
    const old = before[field] ?? '';
    const current = after[field] ?? '';
    return { field, changed: old !== current, parts: diffWords(old, current) };
  });
}
