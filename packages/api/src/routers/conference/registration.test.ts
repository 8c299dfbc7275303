import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { DEFAULT_SITE_URLS } from '../../context.ts';
import { sitemapEntries } from '../../sitemap.ts';
import { newMeetings } from '../meetings/feed.ts';
import { listMeetings } from '../meetings/queries.ts';
import { publicRegistration, registrationForStaff, setUpRegistration } from './registration.ts';
import { loadEdition } from './scope.ts';

/**
 * The conference's registration is a meeting of the meetings module (docs/adr/0023): set up
 * and published from the edition, reachable at its own page, and never in the network lists.
 */
describe.each(testDatabases())('the conference registration on $name', ({ open, skipReason }) => {
  test('set up, updated, linked, and kept out of /moter, the feeds and the sitemap', async (ctx) => {
    const handle = await open();
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    try {
      const network = await db.network.create({ data: { slug: 'nettverket', name: 'Nettverket' } });
      const coordinator = await db.user.create({
        data: { email: 'k@test.knutepunkt.no', name: 'Koordinator', passwordHash: 'x' },
      });
      const year = new Date().getUTCFullYear() + 1;
      const edition = await db.conferenceEdition.create({
        data: {
          slug: 'konferansen',
          title: 'Ingenting om oss uten oss',
          languages: ['nb'],
          startsOn: `${year}-10-20`,
          endsOn: `${year}-10-21`,
          venueName: 'Royal Garden',
          owners: { create: { networkId: network.id } },
        },
      });
      // An ordinary meeting of the network, which the lists keep showing.
      await db.meeting.create({
        data: {
          networkId: network.id,
          slug: 'vanlig-mote',
          title: 'Vanlig møte',
          startsAt: new Date(`${year}-05-20T07:00:00Z`),
          endsAt: new Date(`${year}-05-20T14:00:00Z`),
          status: 'published',
          publishedAt: new Date(),
        },
      });
      const scope = (await loadEdition(db, edition.id))!;
      expect(await publicRegistration(db, 'konferansen')).toBeNull();

      const input = {
        editionId: edition.id,
        capacity: 200,
        registrationOpensAt: null,
        registrationDeadline: { date: `${year}-10-01`, time: '12:00' },
      };
      const first = await setUpRegistration(db, coordinator.id, scope, input, DEFAULT_SITE_URLS);
      expect(first.created).toBe(true);
      const meeting = await db.meeting.findUniqueOrThrow({ where: { id: first.meetingId } });
      expect(meeting).toMatchObject({
        networkId: network.id,
        title: 'Ingenting om oss uten oss',
        status: 'published',
        openTo: 'anyone',
        capacity: 200,
        venueName: 'Royal Garden',
        // 09:00 and 17:00 Oslo time (summer time in October until the last Sunday): UTC+2.
        startsAt: new Date(`${year}-10-20T07:00:00Z`),
        endsAt: new Date(`${year}-10-21T15:00:00Z`),
        registrationDeadline: new Date(`${year}-10-01T10:00:00Z`),
      });
      expect((await db.conferenceEdition.findUniqueOrThrow({ where: { id: edition.id } })).registrationMeetingId).toBe(
        meeting.id,
      );
      expect(await publicRegistration(db, 'konferansen')).toEqual({
        meetingSlug: meeting.slug,
        seatsLeft: 200,
        open: true,
      });

      // Again: the same meeting, updated.
      const second = await setUpRegistration(db, coordinator.id, scope, { ...input, capacity: 250 }, DEFAULT_SITE_URLS);
      expect(second).toMatchObject({ meetingId: meeting.id, created: false });
      expect(await registrationForStaff(db, scope)).toMatchObject({ id: meeting.id, capacity: 250, confirmed: 0 });
      expect(await db.meeting.count()).toBe(2);

      // Not in the network lists, the Atom feeds or the sitemap; the ordinary meeting is.
      const listed = await listMeetings(db, { when: 'upcoming', page: 1 });
      expect(listed.meetings.map((m) => m.slug)).toEqual(['vanlig-mote']);
      expect(listed.total).toBe(1);
      const ofNetwork = await listMeetings(db, { networkSlug: 'nettverket', when: 'upcoming', page: 1 });
      expect(ofNetwork.meetings.map((m) => m.slug)).toEqual(['vanlig-mote']);
      expect((await newMeetings(db)).map((m) => m.slug)).toEqual(['vanlig-mote']);
      expect((await newMeetings(db, { networkId: network.id })).map((m) => m.slug)).toEqual(['vanlig-mote']);
      const paths = (await sitemapEntries(db)).map((e) => e.path);
      expect(paths).toContain('/moter/vanlig-mote');
      expect(paths).not.toContain(`/moter/${meeting.slug}`);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
