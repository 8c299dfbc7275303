import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type MeetingFields, type MeetingRegisterInput, UserError } from '@knutepunkt/domain';
import { DEFAULT_SITE_URLS, loadActor } from '../../context.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { changeMeetingStatus, createMeeting, meetingsForStaff, setAgenda, updateMeeting } from './planning.ts';
import { meetingBySlug, myRegistrations, registrationList } from './queries.ts';
import { cancelRegistration, moveRegistration, register } from './registration.ts';
import { loadMeeting } from './scope.ts';
import { MEETING_FORM } from './test-world.ts';

const urls = DEFAULT_SITE_URLS;
const form = { ...MEETING_FORM, capacity: 2, registrationDeadline: null } as MeetingFields;
const answers: MeetingRegisterInput = {
  organisationId: null,
  attendance: 'in_person',
  dietary: 'Vegetar',
  wheelchair: true,
  signLanguage: false,
  writtenInterpretation: false,
  hearingLoop: false,
  otherAccessNeeds: null,
  travelSupport: true,
  listConsent: true,
};

describe.each(testDatabases())('a meeting from plan to end on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  const actor = (role: 'member' | 'editor' | 'otherEditor' | 'coordinator') =>
    handle!.db.user.findUniqueOrThrow({ where: { id: world.userIds[role] } }).then((u) => loadActor(handle!.db, u));
  const outbox = (kind: string) =>
    handle!.db.outboxMessage.findMany({ where: { kind }, select: { userId: true, subject: true, body: true } });

  test('plan, publish, register with a waiting list, cancel and promote, change, read the list, cancel', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const coordinatorId = world.userIds.coordinator;
    const [member, editor, other] = [await actor('member'), await actor('editor'), await actor('otherEditor')];

    // Times in the spring gap are refused; one in the autumn overlap is asked about.
    const at = (date: string, time: string, disambiguation?: 'earlier' | 'later') => ({ date, time, disambiguation });
    await expect(
      createMeeting(db, coordinatorId, { ...form, networkId: world.network1, startsAt: at('2031-03-30', '02:30') }),
    ).rejects.toMatchObject({ key: 'meetings.time.gap', fieldErrors: { startsAt: 'meetings.time.gap' } });
    const overlap = {
      ...form,
      networkId: world.network1,
      startsAt: at('2031-10-26', '02:30'),
      endsAt: at('2031-10-26', '05:00'),
    };
    await expect(createMeeting(db, coordinatorId, overlap)).rejects.toMatchObject({ key: 'meetings.time.ambiguous' });
    const night = await createMeeting(db, coordinatorId, { ...overlap, startsAt: at('2031-10-26', '02:30', 'later') });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: night.id } })).startsAt.toISOString()).toBe(
      '2031-10-26T01:30:00.000Z',
    );
    await expect(
      createMeeting(db, coordinatorId, { ...form, networkId: world.network1, endsAt: at('2031-05-20', '08:00') }),
    ).rejects.toMatchObject({ key: 'meetings.validation.endBeforeStart' });

    const created = await createMeeting(db, coordinatorId, { ...form, networkId: world.network1 });
    expect(created.slug).toBe('fagsamling-i-trondheim-2031-05-20');
    const scope = async () => (await loadMeeting(db, created.id))!;
    await setAgenda(db, coordinatorId, created.id, {
      items: [
        { startsAt: at('2031-05-20', '09:00'), title: 'Velkommen', description: null, leader: null, kind: 'talk' },
        { startsAt: at('2031-05-20', '11:30'), title: 'Lunsj', description: null, leader: null, kind: 'meal' },
      ],
    });
    // A draft is nobody's but the coordinators'.
    await expect(meetingBySlug(db, created.slug, null)).rejects.toMatchObject({ kind: 'notFound' });
    await changeMeetingStatus(db, coordinatorId, created.id, 'publish', urls);
    expect((await scope()).sequence).toBe(0);

    // The meeting is for the network's member organisations: someone without one is refused.
    await expect(register(db, member, await scope(), answers, urls)).rejects.toMatchObject({
      key: 'meetings.error.membersOnly',
    });
    await expect(
      register(db, other, await scope(), { ...answers, organisationId: world.org2 }, urls),
    ).rejects.toMatchObject({ key: 'meetings.error.membersOnly' });
    await expect(
      register(db, member, await scope(), { ...answers, organisationId: world.org2 }, urls),
    ).rejects.toMatchObject({ key: 'meetings.error.notYourOrganisation' });

    // Two seats: the member and the editor get them; the editor registers a colleague, who waits.
    const inOrg1 = { ...answers, organisationId: world.org1 };
    const first = await register(db, member, await scope(), inOrg1, urls);
    const second = await register(db, editor, await scope(), inOrg1, urls);
    expect([first.status, second.status]).toEqual(['confirmed', 'confirmed']);
    const colleague = await db.user.create({
      data: { email: 'kollega@test.knutepunkt.no', name: 'Kari Kollega', passwordHash: 'x', locale: 'nn' },
    });
    await db.membership.create({
      data: { userId: colleague.id, organisationId: world.org1, status: 'APPROVED', decidedAt: new Date() },
    });
    const third = await register(db, editor, await scope(), { ...inOrg1, userId: colleague.id }, urls);
    expect(third).toMatchObject({ status: 'waiting', waitingPlace: 1, existing: false });
    // Only an editor of the colleague's organisation may register them.
    await expect(
      register(db, member, await scope(), { ...inOrg1, userId: world.userIds.pending }, urls),
    ).rejects.toMatchObject({ kind: 'forbidden', key: 'meetings.error.colleague' });
    // Registering twice gives back the one there is.
    expect(await register(db, member, await scope(), inOrg1, urls)).toMatchObject({
      registrationId: first.registrationId,
      status: 'confirmed',
      existing: true,
    });

    // The page: the video link only for someone with a seat.
    const forMember = await meetingBySlug(db, created.slug, member.userId);
    expect(forMember).toMatchObject({ seatsLeft: 0, videoUrl: MEETING_FORM.videoUrl, registration: 'open' });
    expect(forMember.descriptionHtml).toContain('<strong>innlegg</strong>');
    expect(forMember.agenda.map((a) => a.kind)).toEqual(['talk', 'meal']);
    expect((await meetingBySlug(db, created.slug, null)).videoUrl).toBeNull();
    const forColleague = await meetingBySlug(db, created.slug, colleague.id);
    expect(forColleague.videoUrl).toBeNull();
    expect(forColleague.myRegistration).toMatchObject({ status: 'waiting', waitingPlace: 1 });
    expect(JSON.stringify(forMember)).not.toMatch(/Vegetar|dietary|travelSupport/);

    // The member cancels: the colleague gets the seat and an e-mail in nynorsk.
    await cancelRegistration(db, member.userId, await scope(), urls);
    const promoted = await outbox('meeting.promoted');
    expect(promoted).toEqual([expect.objectContaining({ userId: colleague.id })]);
    expect(promoted[0]!.subject).toBe('Du har fått plass: Fagsamling i Trondheim');
    expect(promoted[0]!.body).toContain('Ein plass vart ledig');
    expect(promoted[0]!.body).toContain(`${urls.web}/moter/${created.slug}`);
    expect((await meetingBySlug(db, created.slug, colleague.id)).videoUrl).toBe(MEETING_FORM.videoUrl);
    await expect(cancelRegistration(db, member.userId, await scope(), urls)).rejects.toMatchObject({
      key: 'meetings.error.notRegistered',
    });
    expect((await myRegistrations(db, colleague.id)).map((r) => r.status)).toEqual(['confirmed']);

    // A new time and place after publishing: the sequence rises and those registered hear what changed.
    const moved = await updateMeeting(
      db,
      coordinatorId,
      created.id,
      { ...form, startsAt: at('2031-05-21', '09:00'), endsAt: at('2031-05-21', '15:30'), venueName: 'Britannia' },
      urls,
    );
    expect(moved).toMatchObject({ sequence: 1, changes: ['time', 'place'] });
    const changed = await outbox('meeting.changed');
    expect(changed.map((m) => m.userId).sort()).toEqual([colleague.id, editor.userId].sort());
    expect(changed.find((m) => m.userId === editor.userId)!.body).toContain('tidspunktet og stedet');
    expect(changed.find((m) => m.userId === editor.userId)!.body).toContain('Britannia');
    await updateMeeting(
      db,
      coordinatorId,
      created.id,
      {
        ...form,
        startsAt: at('2031-05-21', '09:00'),
        endsAt: at('2031-05-21', '15:30'),
        venueName: 'Britannia',
        title: 'Ny tittel',
      },
      urls,
    );
    expect((await scope()).sequence).toBe(2);
    expect(await outbox('meeting.changed')).toHaveLength(2); // a new title alone is not mailed

    // The list with the sensitive answers, for the coordinator; the read is in the audit log.
    const list = await registrationList(db, coordinatorId, await scope());
    expect(list.map((r) => [r.user.name, r.status])).toEqual([
      ['Test member', 'cancelled'],
      ['Test editor', 'confirmed'],
      ['Kari Kollega', 'confirmed'],
    ]);
    expect(list[1]!.needs).toMatchObject({ dietary: 'Vegetar', wheelchair: true, travelSupport: true });
    expect(list[2]!.registeredBy?.name).toBe('Test editor');
    expect(
      await db.auditEntry.count({
        where: { actorId: coordinatorId, action: 'read', entity: 'meeting', entityId: created.id },
      }),
    ).toBe(1);
    const logged = JSON.stringify(await db.auditEntry.findMany({ where: { entity: 'meetingRegistration' } }));
    expect(logged).not.toContain('Vegetar');

    // The coordinator moves people: a seat only when one is free.
    const editorRegistration = list[1]!.id;
    await moveRegistration(db, coordinatorId, editorRegistration, 'waiting', urls);
    await register(db, member, await scope(), inOrg1, urls).then((r) => expect(r.status).toBe('confirmed'));
    await expect(moveRegistration(db, coordinatorId, editorRegistration, 'confirmed', urls)).rejects.toMatchObject({
      key: 'meetings.error.full',
    });
    // The admin list counts the seats taken and the waiting list.
    const listed = (await meetingsForStaff(db, await actor('coordinator'), world.network1)).find(
      (m) => m.id === created.id,
    );
    expect(listed).toMatchObject({ _count: { registrations: 2 }, waiting: 1 });

    // Held only once started; cancelling tells everyone registered.
    await expect(changeMeetingStatus(db, coordinatorId, created.id, 'markHeld', urls)).rejects.toMatchObject({
      key: 'meetings.error.notStarted',
    });
    await changeMeetingStatus(db, coordinatorId, created.id, 'cancel', urls);
    expect((await scope()).sequence).toBe(3);
    expect((await outbox('meeting.cancelled')).map((m) => m.userId).sort()).toEqual(
      [colleague.id, editor.userId, member.userId].sort(),
    );
    await expect(changeMeetingStatus(db, coordinatorId, created.id, 'publish', urls)).rejects.toBeInstanceOf(UserError);
    await expect(register(db, other, await scope(), answers, urls)).rejects.toMatchObject({
      key: 'meetings.error.closed',
    });
  });

  test('after the deadline nobody is promoted by itself: the coordinator decides', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const coordinatorId = world.userIds.coordinator;
    const [member, editor] = [await actor('member'), await actor('editor')];
    const { id } = await createMeeting(db, coordinatorId, {
      ...form,
      capacity: 1,
      openTo: 'anyone',
      networkId: world.network1,
    });
    await changeMeetingStatus(db, coordinatorId, id, 'publish', urls);
    const meeting = (await loadMeeting(db, id))!;
    const now = new Date('2031-05-01T10:00:00Z');
    await register(db, member, meeting, answers, urls, now);
    const waiting = await register(db, editor, meeting, answers, urls, now);
    expect(waiting.status).toBe('waiting');
    // The deadline (10 May) has passed when the member cancels.
    await db.meeting.update({ where: { id }, data: { registrationDeadline: new Date('2031-05-10T21:59:00Z') } });
    const after = new Date('2031-05-15T10:00:00Z');
    await cancelRegistration(db, member.userId, (await loadMeeting(db, id))!, urls, after);
    expect((await db.meetingRegistration.findUniqueOrThrow({ where: { id: waiting.registrationId } })).status).toBe(
      'waiting',
    );
    await expect(register(db, member, (await loadMeeting(db, id))!, answers, urls, after)).rejects.toMatchObject({
      key: 'meetings.error.closed',
    });
    await moveRegistration(db, coordinatorId, waiting.registrationId, 'confirmed', urls, after);
    expect((await outbox('meeting.promoted')).map((m) => m.userId)).toEqual([editor.userId]);
  });
});
