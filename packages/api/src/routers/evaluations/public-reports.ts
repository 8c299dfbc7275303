import { type Db, Prisma } from '@knutepunkt/db';
import { type Locale, type PublishedReport, notFound } from '@knutepunkt/domain';

/**
 * The published reports for everyone (docs/adr/0025): the frozen report and, read live beside
 * it, the service's responses and the follow-up statuses. Public reads (public-reads.ts): the
 * answer depends on the slug alone, never on who asks or in which language, and touches only
 * tables with public-cache triggers. Nothing here reads raw data.
 */

/** Published and closed evaluations that have a frozen report. */
const PUBLISHED = {
  phase: { in: ['published' as const, 'closed' as const] },
  publishedAt: { not: null },
  publishedReport: { not: Prisma.AnyNull },
} satisfies Prisma.EvaluationWhereInput;

export async function publishedReports(db: Db) {
  const rows = await db.evaluation.findMany({
    where: PUBLISHED,
    select: { slug: true, title: true, language: true, publishedAt: true, service: { select: { name: true } } },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
  });
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    language: r.language as Locale,
    publishedAt: r.publishedAt!.toISOString(),
    service: r.service?.name ?? null,
  }));
}

/** What the public sees of each recommendation: the response and the statuses, newest first (no names). */
export const PUBLIC_RECOMMENDATION_FIELDS = {
  id: true,
  position: true,
  title: true,
  response: true,
  plannedAction: true,
  responsible: true,
  respondedAt: true,
  statuses: {
    select: { id: true, status: true, comment: true, round: true, at: true },
    orderBy: [{ at: 'desc' as const }, { id: 'desc' as const }],
  },
} satisfies Prisma.EvaluationRecommendationSelect;

type RecommendationRow = Prisma.EvaluationRecommendationGetPayload<{ select: typeof PUBLIC_RECOMMENDATION_FIELDS }>;

export function recommendationView(r: RecommendationRow) {
  return {
    id: r.id,
    position: r.position,
    title: r.title,
    response: r.response,
    plannedAction: r.plannedAction,
    responsible: r.responsible,
    respondedAt: r.respondedAt?.toISOString() ?? null,
    statuses: r.statuses.map((s) => ({
      id: s.id,
      status: s.status,
      comment: s.comment,
      round: s.round,
      at: s.at.toISOString(),
    })),
  };
}

export async function publicReport(db: Db, slug: string) {
  const row = await db.evaluation.findFirst({
    where: { slug, ...PUBLISHED },
    select: {
      phase: true,
      publishedReport: true,
      recommendations: { select: PUBLIC_RECOMMENDATION_FIELDS, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!row) throw notFound();
  return {
    report: row.publishedReport as unknown as PublishedReport,
    recommendations: row.recommendations.map(recommendationView),
    followUpClosed: row.phase === 'closed',
  };
}

/** The sitemap's entries (sitemap.ts): the list and each published report, dated by its publication. */
export async function reportSitemapEntries(db: Db, paths: { list: string; report: (slug: string) => string }) {
  const rows = await db.evaluation.findMany({
    where: PUBLISHED,
    select: { slug: true, publishedAt: true },
    orderBy: { slug: 'asc' },
  });
  return [
    { path: paths.list, lastmod: null },
    ...rows.map((r) => ({ path: paths.report(r.slug), lastmod: r.publishedAt })),
  ];
}
