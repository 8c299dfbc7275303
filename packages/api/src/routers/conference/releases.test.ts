import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { type ProgrammeSnapshot, UserError, categoryOfKind } from '@knutepunkt/domain';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import {
  changeLog,
  createRelease,
  deleteRelease,
  listReleases,
  previewRelease,
  publishRelease,
  updateRelease,
} from './releases.ts';
import { releaseScenario } from './releases-testing.ts';
import { RELEASE_NOTICE_KIND } from './release-notices.ts';
import { latestPublished } from './snapshot.ts';

const guids = (s: ProgrammeSnapshot) => Object.fromEntries(s.sessions.map((x) => [x.number, x.guid]));

describe.each(testDatabases())('conference releases on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  test('v1, then a moved, renamed, removed and added session in v2: changes, change log, notices', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { world } = setup;
    const c = world.conference;
    const coordinator = world.userIds.coordinator;
    const s = await releaseScenario(db, world);

    // A draft is never the published programme, and the change log has nothing to show.
    const v1 = await createRelease(db, coordinator, s.edition, { name: 'v1', note: 'Det første programmet.' });
    expect(await latestPublished(db, c.slug)).toBeNull();
    await expect(changeLog(db, c.slug)).rejects.toMatchObject({ kind: 'notFound' });
    await expect(changeLog(db, 'finnes-ikke')).rejects.toMatchObject({ kind: 'notFound' });

    const first = await publishRelease(db, coordinator, s.edition, await s.releaseInScope(v1.id), TEST_URLS);
    expect(first).toMatchObject({ sequence: 1, alreadyPublished: false, notified: 0 });
    expect(first.counts).toEqual({ added: 4, cancelled: 0, moved: 0, changed: 0 });
    const published1 = (await latestPublished(db, c.slug))!;
    expect(published1.release.name).toBe('v1');
    expect(published1.snapshot.sessions.map((x) => x.number)).toEqual([1, 2, 4, 5]);

    // member starred the plenary and the unchanged closing; editor (in nynorsk) the one to be removed;
    // otherEditor only the unchanged one.
    await db.user.update({ where: { id: world.userIds.editor }, data: { locale: 'nn' } });
    await s.star(world.userIds.member, c.plenaryId);
    await s.star(world.userIds.member, s.unchanged.id);
    await s.star(world.userIds.editor, s.removed.id);
    await s.star(world.userIds.otherEditor, s.unchanged.id);

    await s.editForV2();
    const v2 = await createRelease(db, coordinator, s.edition, { name: 'v2 – endringer 3. okt', note: 'Nytt rom.' });
    expect((await latestPublished(db, c.slug))!.release.name).toBe('v1');
    const preview = await previewRelease(db, s.edition);
    expect(preview.against).toEqual({ name: 'v1', sequence: 1 });
    expect(preview.counts).toEqual({ added: 1, cancelled: 1, moved: 1, changed: 1 });
    expect(preview.recipients).toBe(2);

    const second = await publishRelease(db, coordinator, s.edition, await s.releaseInScope(v2.id), TEST_URLS);
    expect(second).toMatchObject({ sequence: 2, notified: 2, alreadyPublished: false });
    const published2 = (await latestPublished(db, c.slug))!;
    expect(published2.release.name).toBe('v2 – endringer 3. okt');
    // The same sessions keep their guids from one release to the next; so do the rooms.
    const [g1, g2] = [guids(published1.snapshot), guids(published2.snapshot)];
    for (const n of [1, 2, 5]) expect(g2[n]).toBe(g1[n]);
    expect(published2.snapshot.rooms.map((r) => r.guid)).toEqual(published1.snapshot.rooms.map((r) => r.guid));

    const log = await changeLog(db, c.slug);
    expect(log.edition).toEqual({ slug: c.slug, title: 'Ingenting om oss uten oss' });
    expect(log.releases.map((r) => [r.sequence, r.name, r.note])).toEqual([
      [2, 'v2 – endringer 3. okt', 'Nytt rom.'],
      [1, 'v1', 'Det første programmet.'],
    ]);
    const changes = log.releases[0]!.changes;
    expect(changes.added.map((a) => [a.number, a.title])).toEqual([[3, 'Ikke plassert ennå']]);
    expect(changes.cancelled.map((a) => [a.number, a.title, a.guid])).toEqual([[4, 'Samtale om medborgerskap', g1[4]]]);
    expect(changes.moved).toEqual([
      {
        guid: g1[1],
        number: 1,
        title: 'Åpning',
        from: {
          startsAt: '2031-10-20T07:00:00.000Z',
          endsAt: '2031-10-20T07:45:00.000Z',
          roomGuid: published1.snapshot.rooms[0]!.guid,
          roomName: 'Storsalen',
        },
        to: {
          startsAt: '2031-10-20T09:00:00.000Z',
          endsAt: '2031-10-20T09:45:00.000Z',
          roomGuid: published1.snapshot.rooms[1]!.guid,
          roomName: 'Møterom 2',
        },
      },
    ]);
    expect(changes.changed).toEqual([
      {
        guid: g1[2],
        number: 2,
        title: 'Verksted om brukermedvirkning',
        fields: [{ field: 'title', before: 'Verksted om medvirkning', after: 'Verksted om brukermedvirkning' }],
      },
    ]);

    // One notice each for this release, naming only their own starred sessions.
    const notices = await db.outboxMessage.findMany({ where: { kind: 'conference.release' } });
    const to = (role: 'member' | 'editor' | 'otherEditor') => notices.filter((n) => n.userId === world.userIds[role]);
    expect(notices).toHaveLength(2);
    // Delivered by the person's choice for the conference (e-mail, digest or off).
    expect(categoryOfKind(RELEASE_NOTICE_KIND)).toBe('conference');
    expect(to('otherEditor')).toHaveLength(0);
    const [forMember] = to('member');
    expect(forMember!.subject).toBe('Endringer i programmet: Ingenting om oss uten oss');
    expect(forMember!.body).toContain(
      '«Åpning» er flyttet fra mandag 20. oktober, 09:00–09:45, Storsalen til mandag 20. oktober, 11:00–11:45, Møterom 2 (norsk tid).',
    );
    expect(forMember!.body).toContain('https://knutepunkt.example/konferanse/konferanse-2031/endringer');
    expect(forMember!.body).not.toContain('Avslutning');
    expect(forMember!.body).not.toContain('Samtale om medborgerskap');
    const [forEditor] = to('editor');
    expect(forEditor!.body).toContain('«Samtale om medborgerskap» er avlyst');
    expect(forEditor!.body).toContain('Sjå alle endringane her');
    expect(forEditor!.body).not.toContain('Åpning');

    // Published is frozen and published once: a second publish answers as before and sends nothing.
    const again = await publishRelease(db, coordinator, s.edition, await s.releaseInScope(v2.id), TEST_URLS);
    expect(again).toMatchObject({ sequence: 2, alreadyPublished: true, notified: 0 });
    expect(await db.outboxMessage.count({ where: { kind: 'conference.release' } })).toBe(2);
    const frozen = await s.releaseInScope(v2.id);
    await expect(updateRelease(db, coordinator, frozen, { name: 'x', note: '' })).rejects.toMatchObject({
      kind: 'conflict',
      key: 'conference.release.error.published',
    });
    await expect(deleteRelease(db, coordinator, frozen)).rejects.toBeInstanceOf(UserError);
    expect(await db.conferenceRelease.count({ where: { editionId: c.editionId, publishedAt: { not: null } } })).toBe(2);

    // A draft after them: editable, deletable, listed first; the list counts each release's changes.
    const v3 = await createRelease(db, coordinator, s.edition, { name: 'v3', note: '' });
    await updateRelease(db, coordinator, await s.releaseInScope(v3.id), { name: 'v3 – siste', note: 'Snart.' });
    const list = await listReleases(db, s.edition);
    expect(list.releases.map((r) => [r.name, r.sequence, r.counts])).toEqual([
      ['v3 – siste', null, null],
      ['v2 – endringer 3. okt', 2, { added: 1, cancelled: 1, moved: 1, changed: 1 }],
      ['v1', 1, { added: 4, cancelled: 0, moved: 0, changed: 0 }],
    ]);
    await deleteRelease(db, coordinator, await s.releaseInScope(v3.id));
    expect((await latestPublished(db, c.slug))!.release.name).toBe('v2 – endringer 3. okt');
    const audited = await db.auditEntry.count({ where: { entity: 'conferenceRelease', actorId: coordinator } });
    expect(audited).toBe(7); // 3 created, 2 published, 1 updated, 1 deleted
  });
});
