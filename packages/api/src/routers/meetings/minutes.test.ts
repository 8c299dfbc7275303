import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { UserError, translate } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { describeError } from '../../errors.ts';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import type { SignedInRole } from '../../testing/world.ts';
import { createActionPoint, updateActionPointStatus } from './action-points.ts';
import { addMinutesAttachment, minutesAttachmentToServe } from './minutes-attachments.ts';
import { minutesBySlug, publishMinutes, saveMinutes } from './minutes.ts';
import { loadMeeting } from './scope.ts';
import { sinceLast } from './since-last.ts';

const DAY = 86_400_000;

describe.each(testDatabases())('minutes and action points on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const actor = async (role: SignedInRole) => {
    const db = setup.handle!.db;
    return loadActor(db, await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds[role] } }));
  };

  test('publish to participants, widen to the network, follow up at the next meeting, attachments by the same rule', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { world } = setup;
    const coordinatorId = world.userIds.coordinator;
    const [member, editor, otherEditor] = [await actor('member'), await actor('editor'), await actor('otherEditor')];

    // A meeting ten days ago, where `member` had a seat and `editor` did not.
    const past = await db.meeting.create({
      data: {
        networkId: world.network1,
        slug: 'fagsamling-for-ti-dager-siden',
        title: 'Fagsamling i Steinkjer',
        startsAt: new Date(Date.now() - 10 * DAY),
        endsAt: new Date(Date.now() - 10 * DAY + 6 * 3_600_000),
        status: 'held',
        publishedAt: new Date(Date.now() - 40 * DAY),
        lastPosition: 1,
        registrations: { create: { userId: world.userIds.member, status: 'confirmed', position: 1 } },
      },
    });
    const meeting = (await loadMeeting(db, past.id))!;

    await saveMinutes(db, coordinatorId, meeting, {
      body: '## Referat\n\n<script>x()</script>Vi møttes.',
      language: 'nb',
    });
    // A draft is not on the web at all (the coordinators read it in the admin app).
    expect(await minutesBySlug(db, past.slug, member)).toBeNull();
    expect(await minutesBySlug(db, past.slug, await actor('coordinator'))).toBeNull();

    const point = await createActionPoint(
      db,
      coordinatorId,
      meeting,
      { what: 'Lage rutine for erfaringskonsulenter', organisationIds: [world.org1], dueDate: '2031-03-01' },
      TEST_URLS,
    );
    // An organisation outside the network cannot be responsible.
    await expect(
      createActionPoint(
        db,
        coordinatorId,
        meeting,
        { what: 'Noe', organisationIds: [world.org2], dueDate: null },
        TEST_URLS,
      ),
    ).rejects.toMatchObject({ key: 'meetings.actionPoints.error.notInNetwork' });
    // Nobody updates a point of unpublished minutes.
    await expect(
      updateActionPointStatus(db, editor.userId, point, { status: 'in_progress', comment: null }),
    ).rejects.toMatchObject({ key: 'meetings.actionPoints.error.notPublished' });

    await publishMinutes(db, coordinatorId, meeting, 'participants', TEST_URLS);
    const mail = await db.outboxMessage.findMany({
      where: { kind: { in: ['meeting.minutes', 'meeting.actionPoint'] } },
      select: { kind: true, userId: true, body: true },
    });
    expect(mail.filter((m) => m.kind === 'meeting.minutes').map((m) => m.userId)).toEqual([world.userIds.member]);
    const editorMail = mail.filter((m) => m.kind === 'meeting.actionPoint');
    expect(editorMail.map((m) => m.userId)).toEqual([world.userIds.editor]);
    expect(editorMail[0]!.body).toContain('Lage rutine for erfaringskonsulenter');
    expect(editorMail[0]!.body).toContain('2031-03-01');

    // Participants only: the member who had a seat; not the editor, not a visitor.
    const read = await minutesBySlug(db, past.slug, member);
    expect(read?.bodyHtml).toMatch(/<h\d>Referat</);
    expect(read?.bodyHtml).not.toContain('<script');
    expect(read?.actionPoints.map((p) => p.what)).toEqual(['Lage rutine for erfaringskonsulenter']);
    expect(await minutesBySlug(db, past.slug, editor)).toBeNull();
    expect(await minutesBySlug(db, past.slug, null)).toBeNull();

    // An attachment is served to the same people.
    const attachment = await addMinutesAttachment(db, await actor('coordinator'), {
      meetingId: past.id,
      fileName: 'lysark.pdf',
      mimeType: 'application/pdf',
      size: 10,
      storageKey: 'minutes-test-key',
      altText: '',
    });
    expect(attachment.url).toBe(`/referat-vedlegg/${attachment.id}/lysark.pdf`);
    const serve = (who: typeof member | null) => minutesAttachmentToServe(db, attachment.id, async () => who);
    expect(await serve(member)).toMatchObject({ isPublic: false, storageKey: 'minutes-test-key' });
    expect(await serve(editor)).toBeNull();
    expect(await serve(null)).toBeNull();

    // Widened to the network: the editor of a member organisation reads them; another network's editor does not.
    await publishMinutes(db, coordinatorId, meeting, 'network', TEST_URLS);
    expect(await minutesBySlug(db, past.slug, editor)).not.toBeNull();
    expect(await minutesBySlug(db, past.slug, otherEditor)).toBeNull();
    expect(await serve(editor)).not.toBeNull();
    expect(await serve(otherEditor)).toBeNull();
    // Published once: publishing again tells nobody again.
    expect(await db.outboxMessage.count({ where: { kind: 'meeting.minutes' } })).toBe(1);

    // The next meeting's "siden sist": the point with its status, for the responsible editor; not for a visitor.
    const next = world.meetings.upcoming.slug;
    const mine = await sinceLast(db, next, editor);
    const shown = mine.actionPoints.find((p) => p.id === point.id)!;
    expect(shown).toMatchObject({ status: 'open', canUpdate: true, dueDate: '2031-03-01' });
    expect(shown.origin.slug).toBe(past.slug);
    expect((await sinceLast(db, next, null)).actionPoints.map((p) => p.id)).not.toContain(point.id);
    // The world's public minutes' point is there for everyone.
    expect((await sinceLast(db, next, null)).actionPoints.map((p) => p.id)).toContain(world.meetings.actionPoint);

    // Closing needs a comment, refused with a translated message at the comment field.
    const refusal = await updateActionPointStatus(db, editor.userId, point, { status: 'done', comment: null }).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ fieldErrors: { comment: 'meetings.actionPoints.error.commentRequired' } });
    expect(describeError('nn', refusal).message).toBe(translate('nn', 'meetings.actionPoints.error.commentRequired'));

    await updateActionPointStatus(db, editor.userId, point, { status: 'in_progress', comment: 'Utkast på høring.' });
    const progressed = (await sinceLast(db, next, editor)).actionPoints.find((p) => p.id === point.id)!;
    expect(progressed.status).toBe('in_progress');
    expect(progressed.history.map((h) => h.status)).toEqual(['in_progress', 'open']);
    expect(progressed.latestComment).toBe('Utkast på høring.');

    const done = await updateActionPointStatus(db, editor.userId, point, { status: 'done', comment: 'Vedtatt.' });
    expect(done.history).toHaveLength(3);
    expect((await sinceLast(db, next, editor)).actionPoints.map((p) => p.id)).not.toContain(point.id);

    const audit = await db.auditEntry.findMany({
      where: { entity: { in: ['meetingMinutes', 'actionPoint', 'minutesAttachment'] } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(7);
  });
});
