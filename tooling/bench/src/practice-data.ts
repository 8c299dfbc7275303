import { performance } from 'node:perf_hooks';
import { type Db, type PracticeVersionCreateManyInput, rebuildPracticeSearch } from '@knutepunkt/db';
import { CHIME, CHIME_CATEGORIES, LEVELS, TARGET_GROUPS, THEMES } from '@knutepunkt/domain';

/**
 * Published practice examples for the search benchmark, made up from
 * Norwegian recovery vocabulary with a seeded generator (the same data on
 * every run and on both databases), and written in bulk: a few createMany
 * calls and two SQL statements instead of 10 000 publish calls.
 */

/** Ids and slugs of the generated rows start with this, so they are easy to tell apart. */
const ID_PREFIX = 'bench-px-';
const VERSION_PREFIX = 'bench-pv-';
/** Rows per createMany: well under PostgreSQL's 32 767 bind parameters for ~20 columns. */
const CHUNK = 1000;

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
function pickSome<T>(r: Random, list: readonly T[], min: number, max: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  for (let n = between(r, min, Math.min(max, pool.length)); n > 0; n--)
    out.push(...pool.splice(Math.floor(r() * pool.length), 1));
  return out;
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// --- Vocabulary ---------------------------------------------------------------

const ACTIVITIES = [
  'Turgruppe',
  'Samtalegruppe',
  'Recoverykafé',
  'Mestringskurs',
  'Selvhjelpsgruppe',
  'Pårørendeskole',
  'Kunstverksted',
  'Treningsgruppe',
  'Jobbklubb',
  'Boligteam',
  'Erfaringsforum',
  'Matgruppe',
  'Friluftsgruppe',
  'Musikkverksted',
  'Likepersonstilbud',
  'Bedringskurs',
  'Nettverksmøter',
  'Brukerstyrt innleggelse',
  'Dagtilbud',
  'Lavterskeltilbud',
  'Ambulant team',
  'Studiesirkel',
  'Skrivegruppe',
  'Fotballag',
  'Ettervernsgruppe',
  'Recoveryskole',
  'Aktivitetshus',
] as const;
const GROUPS = [
  'unge voksne',
  'pårørende',
  'eldre',
  'menn',
  'kvinner',
  'ungdom',
  'studenter',
  'personer med rusutfordringer',
  'personer med psykiske helseutfordringer',
  'familier',
  'nyankomne',
  'småbarnsforeldre',
  'ansatte',
  'innsatte',
  'personer uten fast bolig',
  'personer med ROP-lidelser',
] as const;
const PLACES = [
  'Malvik',
  'Trondheim',
  'Bodø',
  'Tromsø',
  'Bergen',
  'Stavanger',
  'Drammen',
  'Fredrikstad',
  'Hamar',
  'Lillehammer',
  'Molde',
  'Ålesund',
  'Kristiansand',
  'Arendal',
  'Skien',
  'Larvik',
  'Alta',
  'Harstad',
  'Narvik',
  'Steinkjer',
  'Levanger',
  'Gjøvik',
  'Kongsberg',
  'Sandnes',
  'Haugesund',
  'Førde',
  'Voss',
  'Asker',
  'Bærum',
  'Oslo',
  'Namsos',
  'Orkland',
  'Stjørdal',
  'Verdal',
  'Røros',
  'Oppdal',
  'Kristiansund',
  'Mo i Rana',
  'Vadsø',
  'Kirkenes',
] as const;
const TAGLINES = [
  'å finne veien tilbake',
  'håp i hverdagen',
  'fellesskap som bærer',
  'mestring på egne premisser',
  'et sted å høre til',
  'fra pasient til deltaker',
  'arbeid først',
  'bolig som grunnmur',
  'sammen om bedring',
  'erfaring som ressurs',
] as const;

const SUBJECTS = [
  'Deltakerne',
  'Erfaringskonsulenten',
  'Ansatte i tjenesten',
  'Pårørende',
  'Gruppen',
  'Kommunen',
  'Brukerne',
  'Likepersonene',
  'Teamet',
  'Vi',
  'Ungdommene',
  'Frivillige',
  'Koordinatoren',
  'Miljøterapeutene',
  'Fastlegen',
] as const;
const VERBS = [
  'deler erfaringer om',
  'jobber sammen om',
  'får støtte til',
  'lærer mer om',
  'snakker åpent om',
  'setter egne mål for',
  'bygger opp',
  'tar ansvar for',
  'finner nye veier til',
  'legger til rette for',
  'styrker',
  'utforsker',
  'øver på',
  'reflekterer over',
  'planlegger',
] as const;
const OBJECTS = [
  'bedringsprosessen',
  'egen livssituasjon',
  'fellesskapet',
  'mestring i hverdagen',
  'en trygg bolig',
  'arbeid og aktivitet',
  'et liv uten rus',
  'psykisk helse',
  'håp for framtiden',
  'egenmakt',
  'gode relasjoner',
  'nettverket rundt seg',
  'et meningsfullt liv',
  'hverdagsmestring',
  'nye sosiale roller',
  'egen identitet',
  'egne styrker',
  'økonomien sin',
  'skole og utdanning',
  'fysisk aktivitet',
  'samarbeidet med pårørende',
  'brukermedvirkning',
  'tilbakemeldinger fra brukerne',
  'kontroll over eget liv',
  'overgangen fra institusjon til eget hjem',
  'rusmestring',
  'søvn og kosthold',
  'ensomhet',
  'likeverd',
  'selvstendighet',
  'medborgerskap',
  'stigma og skam',
  'recoveryorienterte tjenester',
  'hverdagsrutiner',
  'fritidsaktiviteter',
  'drømmer og mål',
] as const;
const ADVERBIALS = [
  'hver uke',
  'i eget tempo',
  'sammen med andre',
  'over tid',
  'på egne premisser',
  'i nærmiljøet',
  'uten ventetid',
  'med støtte fra en erfaringskonsulent',
  'gjennom samtaler og aktiviteter',
  'utendørs',
  'i trygge rammer',
  'uten henvisning',
  'på kveldstid',
  'i samarbeid med NAV',
  'i tett dialog med pårørende',
  '',
] as const;
const FIXED = [
  'Tilbudet er gratis og åpent for alle.',
  'Målet er å styrke håp og egenmakt.',
  'Mange forteller at fellesskapet har betydd mye for dem.',
  'Erfaringskompetanse er en bærende del av arbeidet.',
  'Vi bruker tilbakemeldinger fra deltakerne for å justere tilbudet.',
  'Tiltaket bygger på prinsippene i recovery og CHIME-rammeverket.',
  'Det er ingen krav om diagnose eller vedtak.',
  'Flere har kommet i arbeid eller utdanning etter å ha deltatt.',
  'Samarbeidet mellom kommunen og spesialisthelsetjenesten er styrket.',
  'Pårørende inviteres med når deltakeren ønsker det.',
  'Brukerorganisasjonene har vært med fra starten.',
  'Vi ser at færre trenger innleggelse.',
] as const;
/** Words only a few examples use, for the "rare word" query. */
export const RARE_WORDS = [
  'birøkt',
  'kajakkpadling',
  'keramikk',
  'sauehold',
  'snekkerverksted',
  'klatring',
  'surfing',
  'fuglekikking',
  'hesteassistert',
  'strikkekafé',
] as const;
/** A few Bokmål → Nynorsk swaps, so the nn examples read (roughly) as Nynorsk. */
const NYNORSK: Array<[RegExp, string]> = [
  [/\bDeltakerne\b/g, 'Deltakarane'],
  [/\bdeltakerne\b/g, 'deltakarane'],
  [/\bikke\b/g, 'ikkje'],
  [/\bhverdagen\b/g, 'kvardagen'],
  [/\berfaringer\b/g, 'erfaringar'],
  [/\bsammen\b/g, 'saman'],
  [/\bframtiden\b/g, 'framtida'],
  [/\bUngdommene\b/g, 'Ungdommane'],
  [/\bbrukerne\b/g, 'brukarane'],
  [/\bBrukerne\b/g, 'Brukarane'],
  [/\begen\b/g, 'eigen'],
  [/\begne\b/g, 'eigne'],
  [/\bhver\b/g, 'kvar'],
  [/\bfor dem\b/g, 'for dei'],
];

function sentence(r: Random): string {
  if (r() < 0.2) return pick(r, FIXED);
  const adverbial = pick(r, ADVERBIALS);
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}${adverbial ? ` ${adverbial}` : ''}.`;
}

/** A section of Markdown: paragraphs, now and then a list or some bold text. */
function section(r: Random, minSentences: number, maxSentences: number): string {
  const paragraphs: string[] = [];
  let left = between(r, minSentences, maxSentences);
  while (left > 0) {
    const n = Math.min(left, between(r, 2, 4));
    left -= n;
    if (r() < 0.15) {
      paragraphs.push(Array.from({ length: n }, () => `- ${capitalise(pick(r, OBJECTS))}`).join('\n'));
      continue;
    }
    const text = Array.from({ length: n }, () => sentence(r)).join(' ');
    paragraphs.push(r() < 0.2 ? `**${pick(r, TAGLINES)}.** ${text}` : text);
  }
  if (r() < 0.005) paragraphs.push(`Vi har også prøvd ${pick(r, RARE_WORDS)}, med gode erfaringer.`);
  return paragraphs.join('\n\n');
}

function title(r: Random): string {
  const activity = pick(r, ACTIVITIES);
  switch (between(r, 0, 3)) {
    case 0:
      return `${activity} for ${pick(r, GROUPS)} i ${pick(r, PLACES)}`;
    case 1:
      return `${activity} i ${pick(r, PLACES)}`;
    case 2:
      return `${activity}: ${pick(r, TAGLINES)}`;
    default:
      return `${activity} for ${pick(r, GROUPS)}`;
  }
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replaceAll('é', 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

// --- Writing ------------------------------------------------------------------

export interface PracticeData {
  examples: number;
  organisations: number;
  /** Milliseconds: generating in JS and createMany, publishing + practice_search, ANALYZE, and all together. */
  rowsMs: number;
  indexMs: number;
  analyzeMs: number;
  totalMs: number;
}

/** Add `count` published examples spread over every organisation in the database, index them, ANALYZE. */
export async function addPracticeExamples(db: Db, count: number, seed = 20_261_124): Promise<PracticeData> {
  const started = performance.now();
  const r = seededRandom(seed);
  const organisations = await db.organisation.findMany({ select: { id: true }, orderBy: { slug: 'asc' } });
  if (organisations.length === 0) throw new Error('no organisations to give the practice examples to');
  const now = Date.now();
  const threeYears = 3 * 365 * 24 * 3600 * 1000;

  const examples: Array<{ id: string; slug: string; organisationId: string; featured: boolean }> = [];
  const versions: PracticeVersionCreateManyInput[] = [];
  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(6, '0');
    const id = ID_PREFIX + n;
    const heading = title(r);
    const nynorsk = r() < 0.15;
    const chime = pickSome(r, CHIME_CATEGORIES, 1, 3);
    const publishedAt = new Date(now - Math.floor(r() * threeYears));
    const long = r() < 0.1 ? 2 : 1; // a tenth are much longer write-ups
    let content = {
      summary: Array.from({ length: between(r, 1, 3) }, () => sentence(r)).join(' '),
      background: section(r, 4 * long, 8 * long),
      approach: section(r, 5 * long, 10 * long),
      experiences: section(r, 3 * long, 7 * long),
      results: section(r, 2 * long, 6 * long),
    };
    if (nynorsk) {
      content = Object.fromEntries(
        Object.entries(content).map(([k, v]) => [k, NYNORSK.reduce((text, [from, to]) => text.replace(from, to), v)]),
      ) as typeof content;
    }
    examples.push({
      id,
      slug: `${slugify(heading)}-${n}`,
      organisationId: organisations[i % organisations.length]!.id,
      featured: r() < 0.02,
    });
    versions.push({
      id: VERSION_PREFIX + n,
      exampleId: id,
      number: 1,
      state: 'PUBLISHED',
      language: nynorsk ? 'nn' : 'nb',
      title: heading,
      ...content,
      contactName: 'Kari Nordmann',
      contactRole: pick(r, ['Erfaringskonsulent', 'Prosjektleder', 'Rådgiver', 'Koordinator']),
      chime,
      chimeSubthemes: pickSome(
        r,
        chime.flatMap((c) => CHIME[c]),
        1,
        2,
      ),
      levels: pickSome(r, LEVELS, 1, 2),
      themes: pickSome(r, THEMES, 1, 3),
      targetGroups: pickSome(r, TARGET_GROUPS, 1, 2),
      ongoing: r() < 0.7,
      publishedAt,
      submittedAt: publishedAt,
      reviewedAt: publishedAt,
    });
  }
  for (let i = 0; i < count; i += CHUNK) await db.practiceExample.createMany({ data: examples.slice(i, i + CHUNK) });
  for (let i = 0; i < count; i += CHUNK) await db.practiceVersion.createMany({ data: versions.slice(i, i + CHUNK) });
  const rowsDone = performance.now();

  // Publish: what publishing does to the example row, for all of them at once.
  await db.$executeRaw`
    UPDATE "PracticeExample" e
    SET "publishedVersionId" = v."id", "firstPublishedAt" = v."publishedAt", "lastPublishedAt" = v."publishedAt"
    FROM "PracticeVersion" v
    WHERE v."exampleId" = e."id" AND v."state" = 'PUBLISHED' AND e."id" LIKE ${`${ID_PREFIX}%`}`;
  // The search index, written in one statement as after any bulk import.
  await rebuildPracticeSearch(db);
  const indexDone = performance.now();

  const analyzeStarted = performance.now();
  await db.$executeRawUnsafe('ANALYZE "practice_search", "PracticeExample", "PracticeVersion", "Organisation"');
  const done = performance.now();
  return {
    examples: count,
    organisations: organisations.length,
    rowsMs: rowsDone - started,
    indexMs: indexDone - rowsDone,
    analyzeMs: done - analyzeStarted,
    totalMs: done - started,
  };
}
