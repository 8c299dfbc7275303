import {
  DIAGNOSES,
  DIAGNOSIS_ABBREVIATIONS,
  FIRST_NAMES,
  NOT_AFTER_ONLY,
  NOT_NAMES,
  PLACES,
  PLACE_WORDS,
  ROLES,
} from './reidentification-words.ts';

/**
 * The re-identification check (docs/adr/0025): while a team member writes a note, and before a
 * quote leaves the team, this looks for what could point to a person: personal names, ages,
 * dates, phone numbers, e-mail addresses, street addresses and places below the municipality,
 * rare diagnoses and roles. It warns; it does not decide, so it leans towards warning. Bokmål
 * and nynorsk. Municipalities are not flagged: the report names the service's municipality.
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Not inside a word: JavaScript's \b knows only ASCII letters, and Norwegian has æ, ø and å. */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const MONTHS =
  'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des';
const NUMBER_WORDS =
  'ti|elleve|tolv|tretten|fjorten|femten|seksten|sekstan|sytten|syttan|atten|nitten|nitjan|tjue|tjuge|tretti|førti|femti|seksti|sytti|åtti|nitti';

const PATTERNS: Array<[ReidentificationKind, RegExp]> = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  // Norwegian numbers: eight digits, together or as 3-2-3 or 2-2-2-2, with +47 or 0047 in front.
  [
    'phone',
    new RegExp(
      `(?<![\\p{N}+])(?:(?:\\+47|0047)[ -]?)?(?:\\d{8}|\\d{3}[ -]\\d{2}[ -]\\d{3}|\\d{2}[ -]\\d{2}[ -]\\d{2}[ -]\\d{2})(?![\\p{N}])`,
      'gu',
    ),
  ],
  [
    'date',
    new RegExp(
      `${B}(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s?(?:${MONTHS})(?:\\s\\d{4})?)${E}`,
      'giu',
    ),
  ],
  [
    'age',
    new RegExp(
      [
        // «34-åring», «34 åring», «i 40-årene», «(34)»
        `${B}\\d{1,3}[ -]?åring${E}`,
        `${B}\\d0-år(?:ene|a)${E}`,
        `\\(\\s?\\d{1,2}\\s?(?:år)?\\)`,
        // «34 år gammel», «trettifire år gamal»
        `${B}(?:\\d{1,3}|(?:\\p{L}*(?:${NUMBER_WORDS}))\\p{L}*)\\s+år\\s+gam{1,2}[ae]l${E}`,
        // «ho var 42 år», «han fylte 60 år», «ein mann på 34 år» (not «i 3 år», which is a time)
        `(?<=${B}(?:er|var|vart|blir|ble|fylte|fyller|fylde|fyllte|på)\\s+)\\d{1,3}\\s?år${E}`,
        // «Kari, 34 år, sa at …»: an age set off by commas after someone (a time is not: «i 3 år,»)
        `(?<=,\\s*)\\d{1,3}\\s?år(?=\\s*[,;)])`,
      ].join('|'),
      'giu',
    ),
  ],
  [
    'address',
    new RegExp(
      [
        `${B}\\p{Lu}\\p{Ll}+(?:gata|gate|gaten|veien|vegen|vei|veg|plass|plassen|allé|alle|stien|bakken|svingen|ringen|tunet|kroken|løkka|brygga|bryggen|torget)\\s\\d{1,4}[A-Za-z]?${E}`,
        `${B}\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?\\s(?:gate|gata|vei|veg|allé|plass)\\s\\d{1,4}[A-Za-z]?${E}`,
      ].join('|'),
      'gu',
    ),
  ],
  ['place', new RegExp(`${B}(?:${alternatives(PLACES)})${E}`, 'gu')],
  ['place', new RegExp(`(?<=${B}(?:${alternatives(PLACE_WORDS)})\\s+)\\p{Lu}\\p{L}+(?:-\\p{Lu}?\\p{L}+)?`, 'giu')],
  ['diagnosis', new RegExp(`${B}(?:${alternatives(DIAGNOSES)})[\\p{L}-]*`, 'giu')],
  ['diagnosis', new RegExp(`${B}(?:${alternatives(DIAGNOSIS_ABBREVIATIONS)})${E}`, 'gu')],
  ['role', new RegExp(`${B}(?:${alternatives(ROLES)})(?:en|ane|ar|ne|ar|er|eren|ren|n)?${E}`, 'giu')],
  ['role', /(?<![\p{L}])(?:eneste|einaste)\s+\p{L}+/giu],
  ['name', new RegExp(`${B}(?:${alternatives(FIRST_NAMES)})${E}`, 'gu')],
  // A capitalised word that does not start a sentence (or a quotation) looks like a name.
  ['name', /(?<=[\p{Ll}\p{N},;]\s+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu],
];

/** When two hits start at the same place and are as long, the more telling kind wins. */
const PRIORITY: ReidentificationKind[] = [
  'email',
  'phone',
  'date',
  'address',
  'age',
  'diagnosis',
  'role',
  'place',
  'name',
];

export function findReidentifyingPassages(text: string): ReidentificationHit[] {
  const hits: ReidentificationHit[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const found = match[0].replace(/[\s.,;:]+$/u, '');
      if (!found) continue;
      if (kind === 'name' && NOT_NAMES.has(found)) continue;
      if (kind === 'role' && /^(?:eneste|einaste)\s/iu.test(found)) {
        if (NOT_AFTER_ONLY.has(found.split(/\s+/)[1]!.toLowerCase())) continue;
      }
      hits.push({ kind, start: match.index, end: match.index + found.length, text: found });
    }
  }
  // Earliest first, the longest of those, then by priority; a hit inside an earlier one is dropped.
  hits.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const kept: ReidentificationHit[] = [];
  for (const hit of hits) if (kept.length === 0 || hit.start >= kept[kept.length - 1]!.end) kept.push(hit);
  return kept;
}

/** The kinds found, each once, in the order of REIDENTIFICATION_KINDS (stored with a note: never the words). */
export function reidentificationKinds(text: string): ReidentificationKind[] {
  const found = new Set(findReidentifyingPassages(text).map((h) => h.kind));
  return REIDENTIFICATION_KINDS.filter((k) => found.has(k));
}
