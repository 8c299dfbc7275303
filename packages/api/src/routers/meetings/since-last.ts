import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  OPEN_ACTION_POINT_STATUSES,
  mayReadMinutes,
  mayUpdateActionPoint,
  notFound,
} from '@knutepunkt/domain';
import { ACTION_POINT_SELECT, shapeActionPoint } from './action-points.ts';
import { minutesViewer } from './minutes-viewer.ts';

/**
 * "Siden sist" for a meeting (docs/adr/0020): every open action point (open,
 * in progress) from the network's earlier meetings whose minutes are
 * published, with its latest status and history, oldest meeting first. Each
 * point is shown to those who may read its meeting's minutes, and always to
 * those who may update it (its organisations' editors must find their own).
 */
export async function sinceLast(db: Db, slug: string, actor: Actor | null) {
  const meeting = await db.meeting.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, startsAt: true, networkId: true, language: true },
  });
  if (!meeting || meeting.status === 'draft') throw notFound();
  const rows = await db.actionPoint.findMany({
    where: {
      status: { in: [...OPEN_ACTION_POINT_STATUSES] },
      meeting: {
        networkId: meeting.networkId,
        startsAt: { lt: meeting.startsAt },
        minutes: { publishedAt: { not: null } },
      },
    },
    select: {
      ...ACTION_POINT_SELECT,
      meeting: {
        select: {
          id: true,
          slug: true,
          title: true,
          startsAt: true,
          minutes: { select: { visibility: true, publishedAt: true, language: true } },
        },
      },
    },
    orderBy: [{ meeting: { startsAt: 'asc' } }, { position: 'asc' }, { createdAt: 'asc' }],
  });

  // The asker's facts once per origin meeting: their registration there decides "participants".
  const viewers = new Map<string, Awaited<ReturnType<typeof minutesViewer>>>();
  const points = [];
  for (const row of rows) {
    const origin = row.meeting;
    if (!viewers.has(origin.id))
      viewers.set(origin.id, await minutesViewer(db, actor, { ...origin, networkId: meeting.networkId }));
    const organisationIds = row.organisations.map((o) => o.organisation.id);
    const visible =
      mayReadMinutes(origin.minutes!, meeting.networkId, viewers.get(origin.id)!) ||
      mayUpdateActionPoint(actor, { networkId: meeting.networkId, organisationIds });
    if (!visible) continue;
    points.push({
      ...shapeActionPoint(row, actor, meeting.networkId),
      origin: { slug: origin.slug, title: origin.title, startsAt: origin.startsAt, language: origin.minutes!.language },
    });
  }
  const { networkId: _networkId, ...shown } = meeting;
  return { meeting: shown, actionPoints: points };
}
