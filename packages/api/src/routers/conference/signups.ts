import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Actor,
  UserError,
  canCancelRegistration,
  conferencePaths,
  notFound,
  pathTo,
  placeNewRegistration,
  promotionsFor,
  registrationWindow,
  seatsLeft,
  sessionEndsAt,
  sessionSignupRules,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { takeArrivalNumber, underRowLock } from '../../waiting-list/row-lock.ts';
import { formatMeetingTime, peopleByIds } from '../meetings/notices.ts';
import { notify } from '../outbox/service.ts';
import { latestPublished } from './snapshot.ts';

type Tx = Prisma.TransactionClient;

/**
 * Workshop sign-ups (docs/adr/0023): a session of the newest published release with places
 * (`capacity`, read from the working copy) takes sign-ups until it starts. Every change runs
 * under the session's row lock (waiting-list/row-lock.ts, as the meetings' registrations do),
 * and what happens is decided by the meetings' rules through `sessionSignupRules`.
 */
export interface SignupSession {
  id: string;
  editionId: string;
  slug: string;
  number: number;
  title: string;
  /** As published (the public's times), not the working copy's; the working copy's while unpublished. */
  startsAt: Date;
  endsAt: Date;
  /** In the newest published release: only then are there sign-ups and promotions. */
  published: boolean;
}

/** The published session with this number, with its working-copy row; null when not public. */
export async function loadPublishedSession(db: Db, slug: string, number: number): Promise<SignupSession | null> {
  const published = await latestPublished(db, slug);
  const entry = published?.snapshot.sessions.find((s) => s.number === number);
  if (!entry) return null;
  const row = await db.conferenceSession.findUnique({
    where: { guid: entry.guid },
    select: { id: true, editionId: true },
  });
  if (!row) return null;
  const startsAt = new Date(entry.startsAt);
  return { ...row, slug, number, title: entry.title, startsAt, endsAt: sessionEndsAt(entry), published: true };
}

export interface SignupResult {
  signupId: string;
  status: 'confirmed' | 'waiting';
  /** The place on the waiting list (1 is next), or null with a place. */
  waitingPlace: number | null;
  /** True when the person was signed up already and nothing changed. */
  existing: boolean;
}

async function placeInLine(tx: Tx | Db, sessionId: string, position: number): Promise<number> {
  return (
    1 +
    (await tx.conferenceSessionSignup.count({ where: { sessionId, status: 'waiting', position: { lt: position } } }))
  );
}

/** The session's rules under the lock: its capacity is read afresh from the locked row. */
async function lockedRules(tx: Tx, session: SignupSession) {
  const { capacity } = await tx.conferenceSession.findUniqueOrThrow({
    where: { id: session.id },
    select: { capacity: true },
  });
  return { capacity, rules: sessionSignupRules({ ...session, capacity }) };
}

/**
 * Sign up: a place when one is free, else the waiting list with its place. Signing up twice
 * gives back the sign-up one has. People signing up at the same moment take their turn at the
 * session's row lock, so there are never more places given than there are.
 */
export function signUp(db: Db, actor: Actor, session: SignupSession, now = new Date()): Promise<SignupResult> {
  const userId = actor.userId;
  return underRowLock(db, 'ConferenceSession', session.id, async (tx) => {
    const { capacity, rules } = await lockedRules(tx, session);
    if (capacity === null) throw new UserError('conflict', 'conference.signup.error.noSignup');
    const existing = await tx.conferenceSessionSignup.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId } },
      select: { id: true, status: true, position: true },
    });
    if (existing && existing.status !== 'cancelled') {
      const waitingPlace = existing.status === 'waiting' ? await placeInLine(tx, session.id, existing.position) : null;
      return { signupId: existing.id, status: existing.status, waitingPlace, existing: true };
    }
    if (registrationWindow(rules, now) !== 'open') throw new UserError('conflict', 'conference.signup.error.closed');
    const confirmed = await tx.conferenceSessionSignup.count({ where: { sessionId: session.id, status: 'confirmed' } });
    const status = placeNewRegistration(rules, { confirmed, confirmedInOrganisation: 0 }, false);
    const position = await takeArrivalNumber(tx, 'ConferenceSession', session.id);
    const fields = {
      status,
      position,
      arrivedAt: now,
      confirmedAt: status === 'confirmed' ? now : null,
      cancelledAt: null,
    };
    // A sign-up cancelled earlier is reused with a new arrival number (one row per person and session).
    const signup = await tx.conferenceSessionSignup.upsert({
      where: { sessionId_userId: { sessionId: session.id, userId } },
      create: { sessionId: session.id, userId, ...fields },
      update: fields,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'create',
      entity: 'conferenceSignup',
      entityId: signup.id,
      after: { sessionId: session.id, userId, status, position },
    });
    const waitingPlace = status === 'waiting' ? await placeInLine(tx, session.id, position) : null;
    return { signupId: signup.id, status, waitingPlace, existing: false };
  });
}

/** Tell people they got a place from the waiting list (`conference.signupPromoted`), each in their language. */
export async function notifyPromoted(tx: Tx, session: SignupSession, userIds: string[], urls: SiteUrls) {
  const people = await peopleByIds(tx, userIds);
  const path = pathTo(conferencePaths.web.session, { slug: session.slug, number: String(session.number) });
  for (const locale of ['nb', 'nn', 'en'] as const) {
    await notify(
      tx,
      people.filter((p) => p.locale === locale),
      {
        kind: 'conference.signupPromoted',
        subject: 'conference.mail.signupPromoted.subject',
        body: 'conference.mail.signupPromoted.body',
        params: {
          title: session.title,
          when: formatMeetingTime(locale, session.startsAt, session.endsAt),
          link: urlOn(urls.web, path),
        },
      },
    );
  }
}

/**
 * Give free places to the waiting list in arrival order (the meetings' `promotionsFor`), and
 * tell each promoted person (`conference.signupPromoted`). Call with the session's lock held.
 */
export async function promoteWaitingSignups(
  tx: Tx,
  session: SignupSession,
  urls: SiteUrls,
  now: Date,
): Promise<string[]> {
  const { rules } = await lockedRules(tx, session);
  const line = await tx.conferenceSessionSignup.findMany({
    where: { sessionId: session.id, status: { in: ['confirmed', 'waiting'] } },
    select: { id: true, status: true, position: true, userId: true },
  });
  const promoted = promotionsFor(
    rules,
    line.map((s) => ({ ...s, organisationId: null })),
    now,
  );
  if (promoted.length === 0) return [];
  await tx.conferenceSessionSignup.updateMany({
    where: { id: { in: promoted }, status: 'waiting' },
    data: { status: 'confirmed', confirmedAt: now },
  });
  await notifyPromoted(
    tx,
    session,
    line.filter((s) => promoted.includes(s.id)).map((s) => s.userId),
    urls,
  );
  return promoted;
}

/** Cancel one's own sign-up (until the session starts); a freed place goes to the first waiting at once. */
export function cancelSignup(db: Db, userId: string, session: SignupSession, urls: SiteUrls, now = new Date()) {
  return underRowLock(db, 'ConferenceSession', session.id, async (tx) => {
    const signup = await tx.conferenceSessionSignup.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId } },
      select: { id: true, status: true },
    });
    if (!signup || signup.status === 'cancelled') {
      throw new UserError('notFound', 'conference.signup.error.notSignedUp');
    }
    if (!canCancelRegistration(session, now)) throw new UserError('conflict', 'conference.signup.error.closed');
    await tx.conferenceSessionSignup.update({
      where: { id: signup.id },
      data: { status: 'cancelled', cancelledAt: now, confirmedAt: null },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'update',
      entity: 'conferenceSignup',
      entityId: signup.id,
      before: { status: signup.status },
      after: { status: 'cancelled' },
    });
    const promoted = signup.status === 'confirmed' ? await promoteWaitingSignups(tx, session, urls, now) : [];
    return { signupId: signup.id, promoted: promoted.length };
  });
}

/** A session's sign-up as its page shows it: places, whether open, and the asker's own place. */
export async function signupState(db: Db, session: SignupSession, userId: string | null, now = new Date()) {
  const [row, confirmed, waiting, mine] = await Promise.all([
    db.conferenceSession.findUniqueOrThrow({ where: { id: session.id }, select: { capacity: true } }),
    db.conferenceSessionSignup.count({ where: { sessionId: session.id, status: 'confirmed' } }),
    db.conferenceSessionSignup.count({ where: { sessionId: session.id, status: 'waiting' } }),
    userId
      ? db.conferenceSessionSignup.findUnique({
          where: { sessionId_userId: { sessionId: session.id, userId } },
          select: { status: true, position: true },
        })
      : null,
  ]);
  const rules = sessionSignupRules({ ...session, capacity: row.capacity });
  const own = mine && mine.status !== 'cancelled' ? mine : null;
  return {
    capacity: row.capacity,
    seatsLeft: seatsLeft(row.capacity, confirmed),
    waiting,
    open: row.capacity !== null && registrationWindow(rules, now) === 'open',
    mine: own && {
      status: own.status,
      waitingPlace: own.status === 'waiting' ? await placeInLine(db, session.id, own.position) : null,
    },
  };
}

/** One's own sign-ups in an edition (confirmed or waiting), by session number, with the place in line. */
export async function mySignups(db: Db, userId: string, slug: string) {
  const rows = await db.conferenceSessionSignup.findMany({
    where: { userId, status: { in: ['confirmed', 'waiting'] }, session: { edition: { slug } } },
    select: { sessionId: true, status: true, position: true, session: { select: { number: true, title: true } } },
    orderBy: { session: { number: 'asc' } },
  });
  if (rows.length === 0 && !(await db.conferenceEdition.findUnique({ where: { slug }, select: { id: true } }))) {
    throw notFound();
  }
  return Promise.all(
    rows.map(async (r) => ({
      number: r.session.number,
      title: r.session.title,
      status: r.status as 'confirmed' | 'waiting',
      waitingPlace: r.status === 'waiting' ? await placeInLine(db, r.sessionId, r.position) : null,
    })),
  );
}
