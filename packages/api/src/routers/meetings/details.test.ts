import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import type { MeetingRegistrationDetails } from '@knutepunkt/domain';
import { DEFAULT_SITE_URLS, loadActor } from '../../context.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { myRegistrationDetails, updateRegistrationDetails } from './details.ts';
import { meetingBySlug } from './queries.ts';
import { cancelRegistration, register } from './registration.ts';
import { loadMeeting } from './scope.ts';

const urls = DEFAULT_SITE_URLS;
const details: MeetingRegistrationDetails = {
  attendance: 'online',
  dietary: 'Laktosefri',
  wheelchair: false,
  signLanguage: true,
  writtenInterpretation: false,
  hearingLoop: false,
  otherAccessNeeds: null,
  travelSupport: true,
  listConsent: true,
};

describe.each(testDatabases())(
  'the waiting list asks only who; the rest when a seat is offered, on $name',
  ({ open, skipReason }) => {
    let handle: DbHandle | null;
    let world: World;
    beforeEach(async () => {
      handle = await open();
      if (handle) world = await createWorld(handle.db);
    });
    afterEach(async () => handle?.close());

    test('a full meeting: a short registration holds no needs; promoted, the person completes it, and may change it', async (ctx) => {
      if (!handle) return ctx.skip(skipReason);
      const db = handle.db;
      const { meetingId, slug } = world.meetings.upcoming;
      // One seat, taken by `member` (the world's registration).
      await db.meeting.update({ where: { id: meetingId }, data: { capacity: 1 } });
      const meeting = async () => (await loadMeeting(db, meetingId))!;
      const editorId = world.userIds.editor;
      const editor = await loadActor(db, await db.user.findUniqueOrThrow({ where: { id: editorId } }));

      // Details sent anyway are not kept for a waiting-list place.
      const waiting = await register(db, editor, await meeting(), { organisationId: null, ...details }, urls);
      expect(waiting).toMatchObject({ status: 'waiting', waitingPlace: 1 });
      const row = await db.meetingRegistration.findUniqueOrThrow({
        where: { id: waiting.registrationId },
        include: { needs: true },
      });
      expect(row.needs).toBeNull();
      expect(row.listConsent).toBe(false);
      await expect(updateRegistrationDetails(db, editorId, await meeting(), details)).rejects.toMatchObject({
        key: 'meetings.error.detailsWaiting',
      });
      await expect(myRegistrationDetails(db, editorId, meetingId)).rejects.toMatchObject({ kind: 'notFound' });

      // The seat frees: the editor is promoted, told to complete the registration, with the .ics to come.
      await cancelRegistration(db, world.userIds.member, await meeting(), urls);
      const promoted = await db.outboxMessage.findFirstOrThrow({
        where: { kind: 'meeting.promoted', userId: editorId },
      });
      expect(promoted.attachment).toBe(`meeting-ics:${meetingId}`);
      expect(promoted.body).toMatch(/Fullfør påmeldingen|Fullfør påmeldinga|complete your registration/);
      expect((await meetingBySlug(db, slug, editorId)).myRegistration).toMatchObject({
        status: 'confirmed',
        detailsMissing: true,
      });

      await updateRegistrationDetails(db, editorId, await meeting(), details);
      const page = await meetingBySlug(db, slug, editorId);
      expect(page.myRegistration).toMatchObject({ detailsMissing: false, attendance: 'online', listConsent: true });
      // The page's read never holds the answers; one's own details read does.
      expect(JSON.stringify(page)).not.toMatch(/Laktosefri|dietary/);
      expect(await myRegistrationDetails(db, editorId, meetingId)).toMatchObject({
        attendance: 'online',
        needs: { dietary: 'Laktosefri', signLanguage: true, travelSupport: true },
      });

      // Changed before the start; the audit log holds no answers.
      await updateRegistrationDetails(db, editorId, await meeting(), {
        ...details,
        dietary: null,
        attendance: 'in_person',
      });
      expect((await myRegistrationDetails(db, editorId, meetingId)).needs).toMatchObject({ dietary: null });
      const audit = await db.auditEntry.findMany({
        where: { entity: 'meetingRegistration', entityId: waiting.registrationId },
      });
      expect(JSON.stringify(audit)).not.toMatch(/Laktosefri|signLanguage/);

      // Someone never registered, and a started meeting, are refused.
      await expect(
        updateRegistrationDetails(db, world.userIds.otherEditor, await meeting(), details),
      ).rejects.toMatchObject({ kind: 'notFound' });
      await expect(
        updateRegistrationDetails(db, editorId, await meeting(), details, new Date(Date.now() + 60 * 86_400_000)),
      ).rejects.toMatchObject({ key: 'meetings.error.started' });
    });

    test('with a seat free, registering without details gives a seat whose details are still to be given', async (ctx) => {
      if (!handle) return ctx.skip(skipReason);
      const db = handle.db;
      const { meetingId, slug } = world.meetings.upcoming;
      const editorId = world.userIds.editor;
      const editor = await loadActor(db, await db.user.findUniqueOrThrow({ where: { id: editorId } }));
      const result = await register(db, editor, (await loadMeeting(db, meetingId))!, { organisationId: null }, urls);
      expect(result.status).toBe('confirmed');
      expect((await meetingBySlug(db, slug, editorId)).myRegistration).toMatchObject({ detailsMissing: true });
      const confirmed = await db.outboxMessage.findFirstOrThrow({
        where: { kind: 'meeting.confirmed', userId: editorId },
      });
      expect(confirmed.attachment).toBe(`meeting-ics:${meetingId}`);
    });
  },
);
