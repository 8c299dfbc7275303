import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { contextFor, outcomeOf, webCaller } from '../../testing/caller.ts';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import type { Role } from '../../testing/world.ts';
import { sealRaw } from './cipher.ts';
import { WORLD_CONSENT_TEXT } from './collection-test-world.ts';

/**
 * Data collection end to end through the web router (docs/adr/0025): interviews, consents and
 * notes; what a withdrawn consent deletes; notes sealed at rest and out of the audit log; every
 * raw read recorded.
 */
describe.each(testDatabases())('data collection on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const as = async (role: Role) => webCaller(await contextFor(setup.handle!.db, 'web', setup.world, role)).evaluations;

  test('interviews, consent, notes that save as you go, raw reads, and a withdrawn consent', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { evaluationId } = setup.world.evaluations.collecting;
    const member = await as('teamMember');
    const lead = await as('lead');

    const before = await member.workspace({ evaluationId });
    expect(before.consentText).toBe(WORLD_CONSENT_TEXT);
    expect(before.guide?.themes[0]?.questions.map((q) => q.key)).toEqual(['q1', 'q2']);
    expect(JSON.stringify(before)).not.toContain(setup.world.evaluations.collecting.noteText);

    // A code is unique in the evaluation, and the number heard must fit the kind.
    const created = await member.createInterview({
      evaluationId,
      code: 'G2',
      kind: 'group',
      heldOn: '2026-10-25',
      participants: 4,
    });
    expect(
      await outcomeOf(
        lead.createInterview({ evaluationId, code: 'G2', kind: 'group', heldOn: '2026-10-25', participants: 3 }),
      ),
    ).toBe('CONFLICT: Denne koden er allerede brukt i evalueringen. Velg en annen.');
    expect(
      await outcomeOf(
        lead.createInterview({ evaluationId, code: 'I1', kind: 'individual', heldOn: '2026-10-25', participants: 2 }),
      ),
    ).toMatch(/^BAD_REQUEST/);
    expect(
      await outcomeOf(
        lead.createInterview({
          evaluationId,
          code: 'Kari Nordmann',
          kind: 'individual',
          heldOn: '2026-10-25',
          participants: 1,
        }),
      ),
    ).toMatch(/^BAD_REQUEST/);
    const mid = await member.workspace({ evaluationId });
    expect(mid.counts).toEqual({
      group: before.counts.group + 1,
      individual: before.counts.individual,
      participants: before.counts.participants + 4,
      withConsent: before.counts.withConsent,
    });

    // Consent on the autumn night: 02:30 happens twice and must say which; 02:30 in March never happens.
    const interviewId = created.id;
    const consentAt = (date: string, time: string, disambiguation?: 'earlier' | 'later') =>
      member.recordConsent({ interviewId, obtainedAt: { date, time, disambiguation }, consentVersion: 1 });
    expect(await outcomeOf(consentAt('2026-03-29', '02:30'))).toMatch(/^BAD_REQUEST/);
    expect(await outcomeOf(consentAt('2026-10-25', '02:30'))).toMatch(/^BAD_REQUEST/);
    expect(
      await outcomeOf(
        member.recordConsent({ interviewId, obtainedAt: { date: '2026-10-25', time: '10:00' }, consentVersion: 2 }),
      ),
    ).toMatch(/^CONFLICT/);
    const consent = await consentAt('2026-10-25', '02:30', 'later');
    expect(consent.consentAt?.toISOString()).toBe('2026-10-25T01:30:00.000Z');

    // Notes: sealed, checked for what could point to a person, one revision at a time.
    const text = 'Kari på 34 år sa at hun ble godt mottatt av Ola.';
    const first = await member.saveNote({
      interviewId,
      questionKey: 'q1',
      body: text,
      revision: 0,
      warningShown: true,
    });
    expect(first.revision).toBe(1);
    expect(first.warningKinds).toEqual(expect.arrayContaining(['age', 'name']));
    expect(
      await outcomeOf(
        lead.saveNote({ interviewId, questionKey: 'q1', body: 'Noe annet.', revision: 0, warningShown: false }),
      ),
    ).toBe(
      'CONFLICT: Noen andre har endret dette notatet. Teksten din er beholdt i feltet – kopier den, og last siden på nytt.',
    );
    expect(
      await outcomeOf(
        member.saveNote({ interviewId, questionKey: 'q9', body: 'Hei.', revision: 0, warningShown: false }),
      ),
    ).toMatch(/^BAD_REQUEST/);
    const second = await member.saveNote({
      interviewId,
      questionKey: 'q1',
      body: `${text} Hun kommer igjen.`,
      revision: 1,
      warningShown: true,
    });
    expect(second.revision).toBe(2);
    const stored = await db.evaluationNote.findFirstOrThrow({ where: { interviewId, questionKey: 'q1' } });
    expect(stored.warnedPassageKept).toBe(true);
    expect(stored.warningKinds.sort()).toEqual([...new Set(stored.warningKinds)].sort());
    const q2 = await lead.saveNote({
      interviewId,
      questionKey: 'q2',
      body: 'Flere ønsket lengre åpningstid.',
      revision: 0,
      warningShown: false,
    });
    expect(
      (await db.evaluationNote.findFirstOrThrow({ where: { interviewId, questionKey: 'q2' } })).warnedPassageKept,
    ).toBe(false);

    // At rest the text is sealed; the audit log never holds it.
    const raw = await db.$queryRaw<
      Array<{ body: string }>
    >`SELECT "body" FROM "EvaluationNote" WHERE "interviewId" = ${interviewId}`;
    expect(raw).toHaveLength(2);
    for (const row of raw) {
      expect(row.body).toMatch(/^v1\./);
      expect(row.body).not.toContain('Kari');
      expect(row.body).not.toContain('åpningstid');
    }
    const audit = await db.$queryRaw<Array<{ row: string }>>`SELECT row_to_json(a)::text AS "row" FROM "AuditEntry" a`;
    for (const a of audit) {
      expect(a.row).not.toContain('Kari');
      expect(a.row).not.toContain('åpningstid');
      expect(a.row).not.toContain(setup.world.evaluations.collecting.noteText);
    }

    // Every read of the interview records one row for it and one per note.
    const reads = () => db.evaluationRawRead.count({ where: { evaluationId } });
    const start = await reads();
    const opened = await member.interview({ interviewId });
    expect(opened.notes.find((n) => n.questionKey === 'q1')?.body).toBe(`${text} Hun kommer igjen.`);
    expect(opened.notes).toHaveLength(2);
    expect(await reads()).toBe(start + 3);
    await lead.interview({ interviewId });
    expect(await reads()).toBe(start + 6);
    const byLead = await db.evaluationRawRead.findMany({
      where: { evaluationId, actorId: setup.world.userIds.lead },
      select: { recordKind: true, recordId: true, breakGlassId: true },
    });
    expect(byLead.map((r) => r.recordKind).sort()).toEqual(['interview', 'note', 'note']);
    expect(byLead.every((r) => r.breakGlassId === null)).toBe(true);

    // An empty text deletes the note.
    await lead.saveNote({ interviewId, questionKey: 'q2', body: '  ', revision: q2.revision, warningShown: false });
    expect(await db.evaluationNote.count({ where: { interviewId } })).toBe(1);

    // A quote taken from the note, in a finding.
    const note = await db.evaluationNote.findFirstOrThrow({ where: { interviewId } });
    const theme = await db.evaluationTheme.create({ data: { evaluationId, position: 0, title: 'Å bli møtt' } });
    const finding = await db.evaluationFinding.create({
      data: {
        themeId: theme.id,
        position: 0,
        text: 'De fleste følte seg velkomne.',
        notes: { create: { noteId: note.id } },
      },
    });
    await db.evaluationQuote.create({
      data: {
        findingId: finding.id,
        noteId: note.id,
        text: sealRaw(TEST_RAW_DATA_KEYRING, 'godt mottatt'),
        check: 'clear',
        checkKinds: [],
      },
    });

    // Withdrawing the consent deletes the code's data and every count follows.
    const withdrawn = await member.withdrawConsent({ interviewId });
    expect(withdrawn.counts).toEqual({ interviews: 1, notes: 1, quotes: 1 });
    expect(await db.evaluationInterview.count({ where: { id: interviewId } })).toBe(0);
    expect(await db.evaluationNote.count({ where: { interviewId } })).toBe(0);
    expect(await db.evaluationQuote.count({ where: { findingId: finding.id } })).toBe(0);
    expect(await db.evaluationFinding.count({ where: { id: finding.id } })).toBe(1);
    const deletion = await db.evaluationDeletion.findFirstOrThrow({
      where: { evaluationId, reason: 'consent_withdrawn' },
    });
    expect(deletion).toMatchObject({
      code: 'G2',
      byId: setup.world.userIds.teamMember,
      counts: { interviews: 1, notes: 1, quotes: 1 },
    });
    expect(await member.workspace({ evaluationId })).toMatchObject({ counts: before.counts });
    expect((await member.workspace({ evaluationId })).interviews.map((i) => i.code)).not.toContain('G2');
    expect(await outcomeOf(member.interview({ interviewId }))).toMatch(/^NOT_FOUND/);
    const deletionAudit = await db.auditEntry.findFirstOrThrow({ where: { entityId: interviewId, action: 'delete' } });
    expect(JSON.stringify(deletionAudit)).not.toContain('Kari');
  });
});
