import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Locale,
  type ReleaseChanges,
  type ReleaseTranslate,
  changesForSessions,
  conferencePaths,
  fieldChangesText,
  isEmpty,
  movedText,
  noticeableChanges,
  pathTo,
  translate,
  slotText,
  urlOn,
} from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { type Recipient, notify } from '../outbox/service.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * The notice to those who starred a session a release moved, changed or cancelled
 * (docs/adr/0023): one per person and release, listing only their starred sessions' changes,
 * in their own language. Its kind, `conference.release`, puts it in the conference category
 * of the person's notification choices (e-mail, digest or off).
 */
export const RELEASE_NOTICE_KIND = 'conference.release';

interface Starrer {
  recipient: Recipient;
  guids: Set<string>;
}

/** Who starred any of the given sessions (by guid) of the edition, with the guids each starred. */
export async function starredRecipients(
  db: Tx,
  editionId: string,
  guids: ReadonlySet<string>,
): Promise<Map<string, Starrer>> {
  const people = new Map<string, Starrer>();
  if (guids.size === 0) return people;
  const stars = await db.conferenceStar.findMany({
    where: { session: { editionId, guid: { in: [...guids] } }, user: { disabledAt: null } },
    select: { session: { select: { guid: true } }, user: { select: { id: true, email: true, locale: true } } },
    orderBy: [{ userId: 'asc' }],
  });
  for (const { session, user } of stars) {
    const starrer = people.get(user.id) ?? { recipient: user, guids: new Set<string>() };
    starrer.guids.add(session.guid);
    people.set(user.id, starrer);
  }
  return people;
}

/** The changes as lines of an e-mail, in the reader's language: cancelled, moved, then changed. */
export function changeLines(locale: Locale, changes: ReleaseChanges): string {
  const t: ReleaseTranslate = (key, params) => translate(locale, key, params);
  const lines = [
    ...changes.cancelled.map((c) =>
      translate(locale, 'conference.release.mail.cancelled', { title: c.title, was: slotText(t, locale, c.was) }),
    ),
    ...changes.moved.map((m) =>
      translate(locale, 'conference.release.mail.moved', {
        title: m.title,
        fromTo: movedText(t, locale, m),
      }),
    ),
    ...changes.changed.map((c) =>
      translate(locale, 'conference.release.mail.changed', {
        title: c.title,
        fields: fieldChangesText(t, c.fields),
      }),
    ),
  ];
  return lines.join('\n');
}

/**
 * Tell everyone who starred a touched session, in the publishing transaction (so the notices
 * exist exactly when the release does). Returns how many people were told.
 */
export async function notifyStarredChanges(
  tx: Tx,
  args: {
    edition: { id: string; slug: string; title: string };
    releaseName: string;
    changes: ReleaseChanges;
    urls: SiteUrls;
  },
): Promise<number> {
  const touched = noticeableChanges(args.changes);
  const starrers = await starredRecipients(
    tx,
    args.edition.id,
    new Set([...touched.cancelled, ...touched.moved, ...touched.changed].map((c) => c.guid)),
  );
  const link = urlOn(args.urls.web, pathTo(conferencePaths.web.changes, { slug: args.edition.slug }));
  let told = 0;
  for (const { recipient, guids } of starrers.values()) {
    const theirs = changesForSessions(touched, guids);
    if (isEmpty(theirs)) continue;
    // Each person's list is their own, so each gets a notification of their own.
    await notify(tx, [recipient], {
      kind: RELEASE_NOTICE_KIND,
      subject: 'conference.release.mail.subject',
      body: 'conference.release.mail.body',
      params: {
        edition: args.edition.title,
        release: args.releaseName,
        changes: changeLines(recipient.locale, theirs),
        link,
      },
    });
    told += 1;
  }
  return told;
}
