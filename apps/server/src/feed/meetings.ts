import type { FastifyInstance } from 'fastify';
import { newMeetings } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import {
  INTL_LOCALES,
  OSLO_TIME_ZONE,
  type Locale,
  isSlug,
  meetingPaths,
  pathTo,
  translate,
  urlOn,
} from '@knutepunkt/domain';
import { type AtomEntry, baseUrl, renderAtom, sendAtom } from './atom.ts';

/**
 * Atom feeds of new meetings (`/moter.atom`, and a network's `/nettverk/<slug>/moter.atom`),
 * newest published first, linked from the lists with <link rel="alternate">. An entry's summary
 * says when, where and which network, in the meeting's own language; a cancelled meeting says
 * so in its title and summary (its `updated` moves, so readers show the change).
 */

type NewMeeting = Awaited<ReturnType<typeof newMeetings>>[number];

const asLocale = (language: string): Locale => (language === 'nn' || language === 'en' ? language : 'nb');

function summaryOf(m: NewMeeting): string {
  const locale = asLocale(m.language);
  const when = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: OSLO_TIME_ZONE,
  }).formatRange(m.startsAt, m.endsAt);
  const place = m.mode === 'online' ? translate(locale, 'meetings.mode.online') : m.venueName;
  return [when, place, m.network.name].filter(Boolean).join(' · ');
}

export function meetingEntries(base: string, meetings: readonly NewMeeting[]): AtomEntry[] {
  return meetings.map((m) => {
    const url = urlOn(base, pathTo(meetingPaths.web.meeting, { slug: m.slug }));
    const cancelled = m.status === 'cancelled' ? `${translate(asLocale(m.language), 'meetings.feed.cancelled')}: ` : '';
    return {
      id: url,
      title: `${cancelled}${m.title}`,
      url,
      published: m.publishedAt ?? m.updatedAt,
      updated: m.updatedAt,
      author: m.network.name,
      summary: `${cancelled}${summaryOf(m)}`,
      language: m.language,
    };
  });
}

export function registerMeetingFeeds(app: FastifyInstance, opts: { db: Db; publicUrl: string | null }): void {
  app.get(meetingPaths.web.atom, async (req, reply) => {
    const base = baseUrl(req, opts.publicUrl);
    const body = renderAtom({
      selfUrl: urlOn(base, meetingPaths.web.atom),
      alternateUrl: urlOn(base, meetingPaths.web.list),
      title: translate('nb', 'meetings.feed.title'),
      subtitle: translate('nb', 'meetings.feed.subtitle'),
      entries: meetingEntries(base, await newMeetings(opts.db)),
    });
    return sendAtom(reply, body);
  });

  app.get<{ Params: { networkSlug: string } }>(meetingPaths.web.networkAtom, async (req, reply) => {
    const { networkSlug } = req.params;
    const network = isSlug(networkSlug)
      ? await opts.db.network.findUnique({ where: { slug: networkSlug }, select: { id: true, name: true } })
      : null;
    if (!network) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    const base = baseUrl(req, opts.publicUrl);
    const body = renderAtom({
      selfUrl: urlOn(base, pathTo(meetingPaths.web.networkAtom, { networkSlug })),
      alternateUrl: urlOn(base, pathTo(meetingPaths.web.network, { networkSlug })),
      title: translate('nb', 'meetings.feed.networkTitle', { network: network.name }),
      subtitle: translate('nb', 'meetings.feed.subtitle'),
      entries: meetingEntries(base, await newMeetings(opts.db, { networkId: network.id })),
    });
    return sendAtom(reply, body);
  });
}
