/**
 * The web router's public reads whose answer is the same for every viewer:
 * anonymous or signed in, whatever their roles or language (a successful answer
 * holds no translated text). apps/server keeps their answers in its public
 * response cache (docs/adr/0011) until a write to a table they read bumps the
 * public content version; public-reads.test.ts checks each is a publicProcedure
 * and answers everyone alike.
 *
 * A module adds a read here only when its service ignores ctx.user and ctx.locale,
 * and gives every table the read touches a trigger in its migration (see
 * migration 20261129150000_public_content_version).
 */
export const PUBLIC_READS = [
  'organisations.list',
  'organisations.bySlug',
  'networks.list',
  'networks.bySlug',
  'practice.search',
  'practice.grid',
  'practice.bySlug',
  // The newest published release: its tables (ConferenceRelease, ConferenceEdition) have the triggers.
  'conference.programme',
  // The edition's page: the same release's facts.
  'conference.edition',
  'conference.changeLog',
  // Published reports and their live follow-up: Evaluation, EvaluationRecommendation(Status) have the triggers.
  'evaluations.reports',
  'evaluations.report',
] as const;

export type PublicRead = (typeof PUBLIC_READS)[number];

const publicReads: ReadonlySet<string> = new Set(PUBLIC_READS);

export function isPublicRead(path: string): path is PublicRead {
  return publicReads.has(path);
}
