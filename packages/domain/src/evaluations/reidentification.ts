/**
 * The re-identification check (docs/adr/0025): while a team member writes a note, and before a
 * quote leaves the team, this looks for what could point to a person: personal names, ages,
 * dates, phone numbers, e-mail addresses, street addresses and places below the municipality,
 * rare diagnoses and roles. It warns; it does not decide. Bokmål and nynorsk.
 */
export const REIDENTIFICATION_KINDS = [
  'name',
  'age',
  'date',
  'phone',
  'email',
  'address',
  'place',
  'diagnosis',
  'role',
] as const;
export type ReidentificationKind = (typeof REIDENTIFICATION_KINDS)[number];

export interface ReidentificationHit {
  kind: ReidentificationKind;
  /** Where in the text, so the form can show the words. */
  start: number;
  end: number;
  text: string;
}

const PATTERNS: Array<[ReidentificationKind, RegExp]> = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu],
  ['phone', /(?<![\p{N}])(?:\+47[\s-]?)?(?:\d[\s-]?){8}(?![\p{N}])/gu],
  [
    'date',
    /\b\d{1,2}\.\s?(?:\d{1,2}\.|\s?(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\p{L}*)(?:\s?\d{2,4})?/giu,
  ],
  ['age', /\b\d{1,3}\s?(?:år|års|åring|-åring)\b|\(\s?\d{1,3}\s?\)/giu],
  ['address', /\b\p{Lu}\p{Ll}+(?:veien|vegen|gata|gate|gaten|vei|veg|plass|allé)\s+\d+\p{L}?\b/gu],
];

/** Capitalised words that are not names even mid-sentence. */
const NOT_NAMES = new Set(['NAV', 'Nav', 'Jeg', 'Eg', 'Vi', 'De', 'Dei', 'Han', 'Hun', 'Ho', 'Det', 'Norge', 'Noreg']);

export function findReidentifyingPassages(text: string): ReidentificationHit[] {
  const hits: ReidentificationHit[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      hits.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  // A capitalised word that does not start a sentence looks like a name.
  for (const match of text.matchAll(/(?<=[\p{Ll},;:]\s+)\p{Lu}\p{Ll}+/gu)) {
    if (NOT_NAMES.has(match[0])) continue;
    hits.push({ kind: 'name', start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return hits
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((hit, i, all) => i === 0 || hit.start >= all[i - 1]!.end);
}
