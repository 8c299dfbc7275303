import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { adminCaller, contextFor, outcomeOf, webCaller } from '../../testing/caller.ts';
import type { Role } from '../../testing/world.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import { DIALOGUE_MEETING_FIELDS } from './analysis-access-matrix.ts';

/**
 * The analysis and the dialogue (docs/adr/0025), through the routers as the people who use
 * them: the team's themes, findings and quotes; the lead's override; what the service sees;
 * sharing and the dialogue meeting. The tests of one database run in order on one world.
 */
describe.each(testDatabases())('analysis and dialogue on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const db = () => setup.handle!.db;
  const web = async (role: Role) => webCaller(await contextFor(db(), 'web', setup.world, role)).evaluations;
  const admin = async (role: Role) => adminCaller(await contextFor(db(), 'admin', setup.world, role)).evaluations;
  const evaluationId = () => setup.world.evaluations.collecting.evaluationId;
  const rawReads = (role: Role, recordKind: string) =>
    db().evaluationRawRead.count({ where: { actorId: setup.world.userIds[role as 'lead'], recordKind } });

  test('the team builds themes, findings on notes, and checked quotes; every opened text is a recorded read', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { noteId, noteText } = setup.world.evaluations.collecting;
    const team = await web('teamMember');
    const theme = await team.saveTheme({ evaluationId: evaluationId(), title: 'Å finne fram', description: '' });
    const finding = await team.saveFinding({
      themeId: theme.id,
      text: 'Det er lett å finne fram.',
      shared: true,
      noteIds: [noteId],
    });

    // A note of another evaluation is not there, for this team.
    const other = await db().evaluationInterview.create({
      data: {
        evaluationId: setup.world.evaluations.published.evaluationId,
        code: 'X1',
        kind: 'individual',
        heldOn: '2026-01-01',
        participants: 1,
        guideVersionId: setup.world.evaluations.collecting.guideVersionId,
        notes: { create: [{ questionKey: 'q1', body: 'v1.x.x.x.x', warningKinds: [] }] },
      },
      select: { notes: { select: { id: true } } },
    });
    const foreign = other.notes[0]!.id;
    expect(
      await outcomeOf(team.saveFinding({ themeId: theme.id, text: 'Feil.', shared: true, noteIds: [noteId, foreign] })),
    ).toMatch(/^NOT_FOUND/);
    expect(await outcomeOf(team.addQuote({ findingId: finding.id, noteId: foreign, text: 'Hei.' }))).toMatch(
      /^NOT_FOUND/,
    );

    const clear = await team.addQuote({ findingId: finding.id, noteId, text: 'Det var lett å komme tilbake.' });
    expect(clear).toMatchObject({ check: 'clear', checkKinds: [] });
    const flagged = await team.addQuote({ findingId: finding.id, text: 'Ola (34) sa at han trivdes.' });
    expect(flagged.check).toBe('flagged');
    expect(flagged.checkKinds).toContain('age');
    // Sealed at rest.
    const stored = await db().evaluationQuote.findUniqueOrThrow({ where: { id: clear.id } });
    expect(stored.text).not.toContain('tilbake');

    // Rewording re-checks.
    expect(await team.updateQuote({ quoteId: flagged.id, text: 'En sa at han trivdes.' })).toMatchObject({
      check: 'clear',
    });
    await team.updateQuote({ quoteId: flagged.id, text: 'Ola (34) sa at han trivdes.' });

    const [notesBefore, quotesBefore] = [await rawReads('teamMember', 'note'), await rawReads('teamMember', 'quote')];
    const analysis = await team.analysis({ evaluationId: evaluationId() });
    const mine = analysis.themes.find((t) => t.id === theme.id)!;
    expect(mine.findings[0]!.notes[0]).toMatchObject({ id: noteId, text: noteText, interviewCode: 'G1' });
    expect(mine.findings[0]!.notes[0]!.questionText).toBe('Hvordan ble du møtt første gang du kom?');
    expect(mine.findings[0]!.quotes.map((q) => [q.text, q.check])).toEqual([
      ['Det var lett å komme tilbake.', 'clear'],
      ['Ola (34) sa at han trivdes.', 'flagged'],
    ]);
    expect(analysis.isLead).toBe(false);
    const quoteCount = analysis.themes.flatMap((t) => t.findings.flatMap((f) => f.quotes)).length;
    expect(await rawReads('teamMember', 'quote')).toBe(quotesBefore + quoteCount);
    expect(await rawReads('teamMember', 'note')).toBeGreaterThan(notesBefore);

    const picked = await team.notesForAnalysis({ evaluationId: evaluationId() });
    expect(picked.map((n) => n.text)).toEqual([noteText]);

    // Order: the new theme moves above the world's.
    await team.moveTheme({ themeId: theme.id, direction: 'up' });
    expect((await team.analysis({ evaluationId: evaluationId() })).themes[0]!.id).toBe(theme.id);

    // The audit log never holds a quote's words.
    const audits = await db().auditEntry.findMany({ where: { entity: 'evaluationQuote' } });
    expect(JSON.stringify(audits)).not.toMatch(/Ola|tilbake|trivdes/);
  });

  test('only the lead overrides a flagged quote, once, with the reason recorded', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { flaggedQuoteId } = setup.world.evaluationAnalysis;
    const reason = 'Navnet er byttet ut og peker ikke på noen.';
    expect(await outcomeOf((await web('teamMember')).overrideQuote({ quoteId: flaggedQuoteId, reason }))).toMatch(
      /^NOT_FOUND/,
    );
    expect(await outcomeOf((await web('admin')).overrideQuote({ quoteId: flaggedQuoteId, reason }))).toMatch(
      /^FORBIDDEN/,
    );
    expect((await db().evaluationQuote.findUniqueOrThrow({ where: { id: flaggedQuoteId } })).check).toBe('flagged');

    const lead = await web('lead');
    expect(await lead.overrideQuote({ quoteId: flaggedQuoteId, reason })).toEqual({
      id: flaggedQuoteId,
      check: 'overridden',
    });
    const quote = await db().evaluationQuote.findUniqueOrThrow({ where: { id: flaggedQuoteId } });
    expect(quote).toMatchObject({
      check: 'overridden',
      overrideById: setup.world.userIds.lead,
      overrideReason: reason,
    });
    expect(quote.overrideAt).toBeInstanceOf(Date);
    expect(await outcomeOf(lead.overrideQuote({ quoteId: flaggedQuoteId, reason }))).toMatch(/^CONFLICT/);
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { entity: 'evaluationQuote', entityId: flaggedQuoteId, actorId: setup.world.userIds.lead },
    });
    expect(JSON.stringify(audit)).not.toContain(setup.world.evaluationAnalysis.flaggedQuoteText);
    expect((await lead.analysis({ evaluationId: evaluationId() })).isLead).toBe(true);
  });

  test('the service sees the plan, then only shared findings with publishable quotes, small counts hidden', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const service = await web('serviceContact');
    const before = await service.serviceOverview({ evaluationId: evaluationId() });
    expect(before.findingsSharedAt).toBeNull();
    expect(before.themes).toEqual([]);
    expect(before.plan.interviewers).toBe(1);
    expect(JSON.stringify(before)).not.toContain('Test teamMember');

    // A finding only for the team, with a clear quote: never shown.
    const team = await web('teamMember');
    const themeId = setup.world.evaluationAnalysis.themeId;
    const hidden = await team.saveFinding({ themeId, text: 'Bare for teamet.', shared: false, noteIds: [] });
    await team.addQuote({ findingId: hidden.id, text: 'Et sitat som ikke deles.' });
    await (await admin('lead')).shareFindings({ evaluationId: evaluationId() });

    const readsBefore = await rawReads('serviceContact', 'quote');
    const after = await service.serviceOverview({ evaluationId: evaluationId() });
    const json = JSON.stringify(after);
    expect(json).not.toContain(setup.world.evaluations.collecting.noteText);
    expect(json).not.toContain('G1');
    expect(json).not.toContain('Bare for teamet');
    expect(json).not.toContain('Et sitat som ikke deles');
    expect(json).not.toContain('Ola (34)'); // flagged in the first test
    expect(json).toContain('Det var lett å komme tilbake.'); // clear
    expect(json).toContain(setup.world.evaluationAnalysis.flaggedQuoteText); // overridden by the lead
    // One group interview of five: the five are shown, the one interview is not.
    expect(after.heard).toEqual({ groupInterviews: null, individualInterviews: 0, participants: 5 });
    const shownQuotes = after.themes.flatMap((t) => t.findings.flatMap((f) => f.quotes)).length;
    expect(await rawReads('serviceContact', 'quote')).toBe(readsBefore + shownQuotes);

    // A team member is not a service contact.
    expect(await outcomeOf(team.serviceOverview({ evaluationId: evaluationId() }))).toMatch(/^NOT_FOUND/);
  });

  test('sharing tells each service contact once per share, without a word of the findings', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const mails = () =>
      db().outboxMessage.findMany({ where: { kind: 'evaluation.findingsShared' }, orderBy: { createdAt: 'asc' } });
    const earlier = (await mails()).length;
    const lead = await admin('lead');
    const result = await lead.shareFindings({ evaluationId: evaluationId() });
    expect(result).toMatchObject({ notified: 1, again: true });
    const sent = (await mails()).slice(earlier);
    expect(sent.map((m) => m.userId)).toEqual([setup.world.userIds.serviceContact]);
    expect(sent[0]!.body).toContain(`/mine-evalueringer/${evaluationId()}/tjeneste`);
    expect(sent[0]!.body).not.toMatch(/tatt godt imot|tilbake|Kari/);
    expect(
      await db().auditEntry.count({
        where: { entity: 'evaluation', entityId: evaluationId(), after: { path: ['notified'], equals: 1 } },
      }),
    ).toBeGreaterThanOrEqual(2);
    // Not for a team member.
    expect(await outcomeOf((await admin('teamMember')).shareFindings({ evaluationId: evaluationId() }))).toMatch(
      /^FORBIDDEN/,
    );
  });

  test('the dialogue meeting is a meeting of the network, linked once', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const lead = await admin('lead');
    const input = { evaluationId: evaluationId(), ...DIALOGUE_MEETING_FIELDS };
    const created = await lead.createDialogueMeeting(input);
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id: created.meetingId } });
    expect(meeting).toMatchObject({
      networkId: setup.world.network1,
      title: 'Dialogmøte: Brukerevaluering av møteplassen',
      status: 'draft',
    });
    const evaluation = await db().evaluation.findUniqueOrThrow({ where: { id: evaluationId() } });
    expect(evaluation.dialogueMeetingId).toBe(created.meetingId);
    expect(await outcomeOf(lead.createDialogueMeeting(input))).toMatch(/^CONFLICT/);
    expect((await lead.dialogue({ evaluationId: evaluationId() })).meeting?.id).toBe(created.meetingId);
    // Bad times come back as the meetings' own field errors.
    expect(
      await outcomeOf(lead.createDialogueMeeting({ ...input, endsAt: { date: '2027-01-20', time: '09:00' } })),
    ).toMatch(/^BAD_REQUEST|^CONFLICT/);
  });
});
