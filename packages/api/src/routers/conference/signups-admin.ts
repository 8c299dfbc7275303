import type { Db } from '@knutepunkt/db';
import { UserError, notFound, seatsLeft, sessionEndsAt } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { underRowLock } from '../../waiting-list/row-lock.ts';
import type { EditionInScope } from './scope.ts';
import { latestPublished } from './snapshot.ts';
import { type SignupSession, notifyPromoted, promoteWaitingSignups } from './signups.ts';

/**
 * The coordinators' side of workshop sign-ups (docs/adr/0023): the lists per session, the
 * number of places, and moving someone between the lists. All under the session's row lock.
 */

/** A working-copy session as a sign-up sees it: the published start when it is in the newest release. */
export async function loadSignupSessionById(
  db: Db,
  sessionId: string,
): Promise<{ session: SignupSession; editionId: string } | null> {
  const row = await db.conferenceSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      guid: true,
      editionId: true,
      number: true,
      title: true,
      startsAt: true,
      durationMinutes: true,
      edition: { select: { slug: true } },
    },
  });
  if (!row) return null;
  const published = await latestPublished(db, row.edition.slug);
  const entry = published?.snapshot.sessions.find((s) => s.guid === row.guid);
  const startsAt = entry ? new Date(entry.startsAt) : (row.startsAt ?? new Date(0));
  const session: SignupSession = {
    id: row.id,
    editionId: row.editionId,
    slug: row.edition.slug,
    number: row.number,
    title: entry?.title ?? row.title,
    startsAt,
    endsAt: entry ? sessionEndsAt(entry) : new Date(startsAt.getTime() + row.durationMinutes * 60_000),
    published: entry !== undefined,
  };
  return { session, editionId: row.editionId };
}

/** Every session with places (or sign-ups) in the edition: capacity, the confirmed and the waiting list in order. */
export async function signupLists(db: Db, edition: EditionInScope) {
  const sessions = await db.conferenceSession.findMany({
    where: { editionId: edition.id, OR: [{ capacity: { not: null } }, { signups: { some: {} } }] },
    orderBy: [{ startsAt: 'asc' }, { number: 'asc' }],
    select: {
      id: true,
      number: true,
      title: true,
      startsAt: true,
      capacity: true,
      signups: {
        where: { status: { in: ['confirmed', 'waiting'] } },
        orderBy: { position: 'asc' },
        select: {
          id: true,
          status: true,
          arrivedAt: true,
          user: { select: { name: true, email: true } },
        },
      },
    },
  });
  return sessions.map(({ signups, ...s }) => {
    const confirmed = signups.filter((x) => x.status === 'confirmed');
    const waiting = signups.filter((x) => x.status === 'waiting');
    return {
      ...s,
      seatsLeft: seatsLeft(s.capacity, confirmed.length),
      confirmed: confirmed.map(({ status: _s, ...x }) => x),
      waiting: waiting.map(({ status: _s, ...x }, i) => ({ ...x, place: i + 1 })),
    };
  });
}

/** Set a session's places (null: no sign-up); more places go to the waiting list at once. */
export function setSignupCapacity(
  db: Db,
  actorId: string,
  session: SignupSession,
  capacity: number | null,
  urls: SiteUrls,
  now = new Date(),
) {
  return underRowLock(db, 'ConferenceSession', session.id, async (tx) => {
    const before = await tx.conferenceSession.findUniqueOrThrow({
      where: { id: session.id },
      select: { capacity: true },
    });
    if (
      capacity === null &&
      (await tx.conferenceSessionSignup.count({ where: { sessionId: session.id, status: { not: 'cancelled' } } })) > 0
    ) {
      // Taking the sign-up away would strand people on the lists: cancel them first.
      throw new UserError('conflict', 'conference.signup.error.state');
    }
    await tx.conferenceSession.update({ where: { id: session.id }, data: { capacity } });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceSignup',
      entityId: session.id,
      before: { capacity: before.capacity },
      after: { capacity },
    });
    const promoted = capacity === null ? [] : await promoteWaitingSignups(tx, session, urls, now);
    return { capacity, promoted: promoted.length };
  });
}

/**
 * The coordinator moves someone between the lists (as the meetings' `moveRegistration`): a
 * place only when one is free; moving someone to the waiting list promotes nobody.
 */
export async function moveSignup(
  db: Db,
  actorId: string,
  signupId: string,
  to: 'confirmed' | 'waiting',
  session: SignupSession,
  urls: SiteUrls,
  now = new Date(),
) {
  return underRowLock(db, 'ConferenceSession', session.id, async (tx) => {
    const signup = await tx.conferenceSessionSignup.findUnique({
      where: { id: signupId },
      select: { status: true, userId: true },
    });
    if (!signup) throw notFound();
    if (signup.status === 'cancelled') throw new UserError('conflict', 'conference.signup.error.state');
    if (signup.status === to) return { signupId, status: to };
    if (to === 'confirmed') {
      const { capacity } = await tx.conferenceSession.findUniqueOrThrow({
        where: { id: session.id },
        select: { capacity: true },
      });
      const confirmed = await tx.conferenceSessionSignup.count({
        where: { sessionId: session.id, status: 'confirmed' },
      });
      if (capacity !== null && confirmed >= capacity) throw new UserError('conflict', 'conference.signup.error.full');
    }
    await tx.conferenceSessionSignup.update({
      where: { id: signupId },
      data: { status: to, confirmedAt: to === 'confirmed' ? now : null },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceSignup',
      entityId: signupId,
      before: { status: signup.status },
      after: { status: to },
    });
    if (to === 'confirmed') await notifyPromoted(tx, session, [signup.userId], urls);
    return { signupId, status: to };
  });
}
