import type { Db } from '@knutepunkt/db';
import type { World } from '../../testing/world.ts';
import { loadEdition } from './scope.ts';

/**
 * The releases' integration tests' programme: the world's conference edition with two more
 * scheduled sessions (4: to be removed, 5: to stay as it is), and the edits of «v2» — the
 * plenary moved, the workshop renamed, session 4 taken out, the unscheduled one placed.
 */
export async function releaseScenario(db: Db, world: World) {
  const c = world.conference;
  const scheduled = (number: number, title: string, startsAt: string) =>
    db.conferenceSession.create({
      data: { editionId: c.editionId, number, title, roomId: c.rooms[0], startsAt: new Date(startsAt) },
    });
  const removed = await scheduled(4, 'Samtale om medborgerskap', '2031-10-20T11:00:00Z');
  const unchanged = await scheduled(5, 'Avslutning', '2031-10-21T13:00:00Z');
  const edition = (await loadEdition(db, c.editionId))!;
  const draft = (name: string, note = '') =>
    db.conferenceRelease.create({ data: { editionId: c.editionId, name, note }, select: { id: true, name: true } });
  const releaseInScope = async (id: string) =>
    db.conferenceRelease.findUniqueOrThrow({
      where: { id },
      select: { id: true, editionId: true, name: true, publishedAt: true },
    });
  const star = (userId: string, sessionId: string) => db.conferenceStar.create({ data: { userId, sessionId } });
  const editForV2 = async () => {
    await db.conferenceSession.update({
      where: { id: c.plenaryId },
      data: { roomId: c.rooms[1], startsAt: new Date('2031-10-20T09:00:00Z') },
    });
    await db.conferenceSession.update({
      where: { id: c.workshopId },
      data: { title: 'Verksted om brukermedvirkning' },
    });
    await db.conferenceSession.update({ where: { id: removed.id }, data: { roomId: null, startsAt: null } });
    await db.conferenceSession.update({
      where: { id: c.unscheduledId },
      data: { roomId: c.rooms[0], startsAt: new Date('2031-10-21T07:00:00Z') },
    });
  };
  return { edition, removed, unchanged, draft, releaseInScope, star, editForV2 };
}
