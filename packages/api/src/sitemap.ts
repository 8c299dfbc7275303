import type { Db } from '@knutepunkt/db';
import { latestPublished } from './routers/conference/snapshot.ts';
import {
  conferencePaths,
  meetingPaths,
  networkPaths,
  organisationPaths,
  pathTo,
  practicePaths,
  shellPaths,
} from '@knutepunkt/domain';
import { LISTED_MEETINGS } from './routers/meetings/listed.ts';
import { reportSitemapEntries } from './routers/evaluations/public-reports.ts';
import { evaluationPaths } from '@knutepunkt/domain';

/** One page for search engines: its path on the web app and when it last changed (null: not known). */
export interface SitemapEntry {
  path: string;
  lastmod: Date | null;
}

/**
 * Every public page of the web app worth indexing: the front page and the
 * public lists, each published example (drafts and archived examples have no
 * public page), and each organisation and network. Paths only: apps/server
 * makes them absolute with the site's address. A new module adds its own
 * public pages here.
 */
export async function sitemapEntries(db: Db): Promise<SitemapEntry[]> {
  const [examples, organisations, networks, meetings] = await Promise.all([
    db.practiceExample.findMany({
      where: { publishedVersionId: { not: null }, archivedAt: null },
      select: { slug: true, lastPublishedAt: true },
      orderBy: { slug: 'asc' },
    }),
    db.organisation.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    db.network.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    // Published meetings (and cancelled or held ones: their pages say so); never drafts.
    db.meeting.findMany({
      where: { ...LISTED_MEETINGS, status: { in: ['published', 'cancelled', 'held'] } },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: 'asc' },
    }),
  ]);
  const lists = [
    shellPaths.web.home,
    practicePaths.web.search,
    practicePaths.web.grid,
    organisationPaths.web.directory,
    networkPaths.web.list,
    meetingPaths.web.list,
    shellPaths.web.accessibility,
  ];
  return [
    ...lists.map((path) => ({ path, lastmod: null })),
    ...examples.map((e) => ({ path: pathTo(practicePaths.web.example, { slug: e.slug }), lastmod: e.lastPublishedAt })),
    ...organisations.map((o) => ({
      path: pathTo(organisationPaths.web.organisation, { slug: o.slug }),
      lastmod: o.updatedAt,
    })),
    ...networks.map((n) => ({ path: pathTo(networkPaths.web.network, { slug: n.slug }), lastmod: n.updatedAt })),
    ...meetings.map((m) => ({ path: pathTo(meetingPaths.web.meeting, { slug: m.slug }), lastmod: m.updatedAt })),
    ...(await conferenceEntries(db)),
    // Published evaluation reports (docs/adr/0025); the printable copies are not indexed.
    ...(await reportSitemapEntries(db, {
      list: evaluationPaths.web.list,
      report: (slug) => pathTo(evaluationPaths.web.report, { slug }),
    })),
  ];
}

/**
 * The conference's pages (docs/adr/0023): the list, and for each edition with a published
 * release its page, programme, speakers, change log, and each session and speaker of that release (never
 * the working copy or a draft), dated by the release.
 */
async function conferenceEntries(db: Db): Promise<SitemapEntry[]> {
  const editions = await db.conferenceEdition.findMany({
    where: { releases: { some: { publishedAt: { not: null } } } },
    select: { slug: true },
    orderBy: { slug: 'asc' },
  });
  const entries: SitemapEntry[] = [{ path: conferencePaths.web.list, lastmod: null }];
  for (const { slug } of editions) {
    const published = await latestPublished(db, slug);
    if (!published) continue;
    const lastmod = new Date(published.release.publishedAt);
    const web = conferencePaths.web;
    const { sessions, speakers } = published.snapshot;
    const paths = [
      pathTo(web.edition, { slug }),
      pathTo(web.changes, { slug }),
      ...(sessions.length > 0 ? [pathTo(web.programme, { slug }), pathTo(web.speakers, { slug })] : []),
      ...sessions.map((s) => pathTo(web.session, { slug, number: String(s.number) })),
      ...speakers.map((s) => pathTo(web.speaker, { slug, number: String(s.number) })),
    ];
    entries.push(...paths.map((path) => ({ path, lastmod })));
  }
  return entries;
}
