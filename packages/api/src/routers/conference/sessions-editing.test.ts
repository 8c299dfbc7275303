import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { type SessionFields, type SpeakerFields, UserError, sessionFields, translate } from '@knutepunkt/domain';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import { loadEdition } from './scope.ts';
import { buildSnapshot } from './snapshot.ts';
import {
  createSession,
  deleteSession,
  duplicateSession,
  editingChoices,
  sessionsOfEdition,
  updateSession,
} from './sessions-editing.ts';
import {
  createSpeaker,
  deleteSpeaker,
  removeSpeakerPhoto,
  speakerForStaff,
  updateSpeaker,
} from './speakers-editing.ts';

const form = (change: Partial<SessionFields> = {}): SessionFields =>
  sessionFields.parse({
    title: 'Bolig først',
    abstract: 'Om **bolig**.',
    language: 'nn',
    typeId: null,
    trackId: null,
    tags: ['bolig', 'Bolig ', 'arbeid'],
    signLanguage: true,
    captioned: true,
    streamed: false,
    recorded: false,
    materials: '',
    durationMinutes: 60,
    capacity: 25,
    speakerIds: [],
    ...change,
  });
const speakerForm = (change: Partial<SpeakerFields> = {}): SpeakerFields => ({
  name: 'Nora Nordmann',
  bio: 'Har **erfaring**.',
  bioLanguage: 'nb',
  contribution: 'erfaringskompetanse',
  organisationId: null,
  userEmail: null,
  photoAlt: '',
  ...change,
});

/** The refusal as the asker reads it: kind, the field it names, and the text in bokmål. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const e = error as UserError;
  return { kind: e.kind, fields: Object.keys(e.fieldErrors ?? {}), text: translate('nb', e.key, e.params) };
}

describe.each(testDatabases())('editing sessions and speakers on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  test('create, update, list, duplicate and delete a session; room and start stay the grid’s; every change audited', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { conference, userIds } = setup.world;
    const actorId = userIds.coordinator;
    const edition = (await loadEdition(db, conference.editionId))!;

    const created = await createSession(
      db,
      actorId,
      edition,
      form({
        typeId: conference.workshopTypeId,
        trackId: conference.trackId,
        speakerIds: [conference.speakers[1], conference.speakers[0]],
      }),
    );
    // The world has sessions 1–3.
    expect(created.number).toBe(4);
    expect(created.tags).toEqual(['bolig', 'arbeid']);
    expect(created.speakers.map((s) => s.id)).toEqual([conference.speakers[1], conference.speakers[0]]);
    expect(created.scheduled).toBe(false);
    expect(created.type?.kind).toBe('workshop');

    // The grid placed the plenary; a form save keeps its room and start, and the new speaker order.
    const plenary = { id: conference.plenaryId, editionId: edition.id, number: 1, title: 'Åpning' };
    const before = await db.conferenceSession.findUniqueOrThrow({ where: { id: plenary.id } });
    const updated = await updateSession(
      db,
      actorId,
      edition,
      plenary,
      form({ title: 'Åpning av konferansen', speakerIds: [conference.speakers[1], conference.speakers[0]] }),
    );
    expect(updated).toMatchObject({ title: 'Åpning av konferansen', roomId: before.roomId, scheduled: true });
    expect(updated.startsAt).toEqual(before.startsAt);
    expect(updated.speakers.map((s) => s.id)).toEqual([conference.speakers[1], conference.speakers[0]]);

    expect((await sessionsOfEdition(db, edition.id, 'scheduled')).map((s) => s.number)).toEqual([1, 2]);
    expect((await sessionsOfEdition(db, edition.id, 'unscheduled')).map((s) => s.number)).toEqual([3, 4]);
    expect(await sessionsOfEdition(db, edition.id, 'all')).toHaveLength(4);

    const copy = await duplicateSession(db, actorId, edition, plenary);
    expect(copy).toMatchObject({ number: 5, title: 'Åpning av konferansen', scheduled: false, roomId: null });
    expect(copy.guid).not.toBe(before.guid);
    expect(copy.speakers.map((s) => s.id)).toEqual([conference.speakers[1], conference.speakers[0]]);

    await deleteSession(db, actorId, { ...plenary, id: copy.id, number: 5 });
    expect(await db.conferenceSession.count({ where: { id: copy.id } })).toBe(0);

    const audit = await db.auditEntry.findMany({ where: { entity: 'conferenceSession' }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => `${a.action} ${a.entityId}`)).toEqual([
      `create ${created.id}`,
      `update ${plenary.id}`,
      `create ${copy.id}`,
      `delete ${copy.id}`,
    ]);
    expect(audit[1]!.before).toMatchObject({ title: 'Åpning', speakerIds: [conference.speakers[0]] });
    expect(audit.every((a) => a.actorId === actorId)).toBe(true);
  });

  test('type, track and speakers of another edition are refused with a translated 400, and nothing is saved', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { conference, userIds, network2 } = setup.world;
    const edition = (await loadEdition(db, conference.editionId))!;
    const other = await db.conferenceEdition.create({
      data: {
        slug: 'annen-konferanse',
        title: 'Annen',
        languages: ['nb'],
        startsOn: '2031-05-01',
        endsOn: '2031-05-01',
        owners: { create: { networkId: network2 } },
      },
    });
    const type = await db.conferenceSessionType.create({
      data: { editionId: other.id, name: 'Plenum', kind: 'plenary' },
    });
    const track = await db.conferenceTrack.create({ data: { editionId: other.id, name: 'Spor', colour: '#000000' } });
    const speaker = await db.conferenceSpeaker.create({ data: { editionId: other.id, number: 1, name: 'Ola' } });
    const count = await db.conferenceSession.count();

    const cases: Array<[Partial<SessionFields>, string]> = [
      [{ typeId: type.id }, 'typeId'],
      [{ trackId: track.id }, 'trackId'],
      [{ speakerIds: [conference.speakers[0], speaker.id] }, 'speakerIds'],
    ];
    for (const [change, field] of cases) {
      expect(await refusal(createSession(db, userIds.coordinator, edition, form(change)))).toEqual({
        kind: 'badRequest',
        fields: [field],
        text: 'Valget hører ikke til denne konferansen. Last siden på nytt og velg igjen.',
      });
    }
    const workshop = { id: conference.workshopId, editionId: edition.id, number: 2, title: 'Verksted' };
    expect(
      (await refusal(updateSession(db, userIds.coordinator, edition, workshop, form({ typeId: type.id })))).kind,
    ).toBe('badRequest');
    expect(await db.conferenceSession.count()).toBe(count);

    // The form's choices are this edition's only.
    const choices = await editingChoices(db, edition);
    expect(choices.types.map((t) => t.id)).not.toContain(type.id);
    expect(choices.speakers.map((s) => s.id)).not.toContain(speaker.id);
    expect(choices.edition).toMatchObject({ id: edition.id, title: edition.title });
  });

  test('speakers: linked to an account by e-mail, an unknown one refused; not deleted while in a session', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { conference, userIds, org1 } = setup.world;
    const actorId = userIds.coordinator;
    const edition = (await loadEdition(db, conference.editionId))!;
    const member = await db.user.findUniqueOrThrow({ where: { id: userIds.member } });

    const speaker = await createSpeaker(
      db,
      actorId,
      edition,
      speakerForm({ userEmail: member.email, organisationId: org1 }),
    );
    // The world has speakers 1–3.
    expect(speaker).toMatchObject({
      number: 4,
      userId: member.id,
      userEmail: member.email,
      organisation: { id: org1 },
    });

    expect(await refusal(createSpeaker(db, actorId, edition, speakerForm({ userEmail: 'ingen@example.no' })))).toEqual({
      kind: 'badRequest',
      fields: ['userEmail'],
      text: 'Ingen konto på plattformen har denne e-postadressen.',
    });
    expect(
      (await refusal(createSpeaker(db, actorId, edition, speakerForm({ organisationId: 'ukjent' })))).fields,
    ).toEqual(['organisationId']);

    const scope = { id: speaker.id, editionId: edition.id, number: 4, name: speaker.name, photoKey: null };
    const unlinked = await updateSpeaker(db, actorId, scope, speakerForm({ name: 'Nora N.', userEmail: null }));
    expect(unlinked).toMatchObject({ name: 'Nora N.', userId: null, organisationId: null });

    // In a session: refused, and still there.
    await db.conferenceSessionSpeaker.create({ data: { sessionId: conference.unscheduledId, speakerId: speaker.id } });
    expect(await refusal(deleteSpeaker(db, actorId, scope))).toEqual({
      kind: 'conflict',
      fields: [],
      text: 'Foredragsholderen er med i 1 sesjoner. Fjern dem fra sesjonene før du sletter.',
    });
    expect((await speakerForStaff(db, speaker.id)).sessions.map((s) => s.id)).toEqual([conference.unscheduledId]);
    await db.conferenceSessionSpeaker.deleteMany({ where: { speakerId: speaker.id } });
    await deleteSpeaker(db, actorId, scope);
    expect(await db.conferenceSpeaker.count({ where: { id: speaker.id } })).toBe(0);

    // Removing a photo forgets it (the file stays for releases that show it).
    await db.conferenceSpeaker.update({
      where: { id: conference.speakers[0] },
      data: { photoKey: 'conference/kari.jpg', photoType: 'image/jpeg', photoAlt: 'Kari smiler' },
    });
    const photoScope = { id: conference.speakers[0], editionId: edition.id, number: 1, name: 'Kari', photoKey: 'x' };
    expect(await removeSpeakerPhoto(db, actorId, photoScope)).toMatchObject({ photoKey: null, photoAlt: '' });

    const audit = await db.auditEntry.findMany({ where: { entity: 'conferenceSpeaker' }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete', 'update']);
    expect(audit[3]!.before).toMatchObject({ photoKey: 'conference/kari.jpg', photoAlt: 'Kari smiler' });
  });

  test('a session in a published release is not deleted (it is taken out of the programme instead), stars kept', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { conference, userIds } = setup.world;
    const snapshot = await buildSnapshot(db, conference.editionId);
    await db.conferenceRelease.create({
      data: {
        editionId: conference.editionId,
        name: 'v1',
        sequence: 1,
        snapshot: snapshot as object,
        publishedAt: new Date(),
      },
    });
    await db.conferenceStar.create({ data: { userId: userIds.member, sessionId: conference.plenaryId } });
    const plenary = await db.conferenceSession.findUniqueOrThrow({ where: { id: conference.plenaryId } });
    expect(await refusal(deleteSession(db, userIds.coordinator, plenary))).toMatchObject({
      kind: 'conflict',
      text: expect.stringContaining('Ta den ut av programmet'),
    });
    expect(await db.conferenceStar.count({ where: { sessionId: conference.plenaryId } })).toBe(1);
    // One never published (the world's unscheduled session) is deleted as before.
    const unscheduled = await db.conferenceSession.findUniqueOrThrow({ where: { id: conference.unscheduledId } });
    await deleteSession(db, userIds.coordinator, unscheduled);
    expect(await db.conferenceSession.count({ where: { id: conference.unscheduledId } })).toBe(0);
  });
});
