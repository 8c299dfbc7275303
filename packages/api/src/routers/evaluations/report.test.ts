import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { UserError } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { moveRecommendation, reportForLead, saveRecommendation, saveReport } from './report.ts';
import { previewReport, sendForReview, sendReportToParticipants } from './report-publish.ts';
import { commentOnReport, reportForReview } from './report-review.ts';
import { createReportedEvaluation } from './report-test-world.ts';
import { loadEvaluation } from './scope.ts';

/** The report on a real database (docs/adr/0025): what it shows, who may comment, who is told. */
describe.each(testDatabases())('the evaluation report on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const ids = () => ({
    networkId: setup.world.network1,
    commissionerId: setup.world.org1,
    serviceId: setup.world.org4,
    leadId: setup.world.userIds.lead,
  });
  const scope = async (db: Db, id: string) => (await loadEvaluation(db, id))!;
  const actor = (db: Db, role: 'lead' | 'serviceContact' | 'admin') =>
    loadActor(db, { id: setup.world.userIds[role], isAdmin: role === 'admin' });
  const outbox = (db: Db, kind: string) =>
    db.outboxMessage.findMany({ where: { kind }, select: { userId: true, subject: true, body: true } });

  test('small groups are hidden, and only the cleared and overridden quotes of shared findings are shown', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { evaluationId } = await createReportedEvaluation(db, ids(), {
      slug: 'bsb-sma-grupper',
      title: 'Små grupper',
      phase: 'review',
    });
    const guide = await db.evaluationGuideVersion.create({ data: { evaluationId, version: 1, themes: [] } });
    const interview = (code: string, kind: 'group' | 'individual', participants: number) =>
      db.evaluationInterview.create({
        data: { evaluationId, code, kind, heldOn: '2026-03-01', participants, guideVersionId: guide.id },
      });
    for (const code of ['I1', 'I2', 'I3']) await interview(code, 'individual', 1);
    for (const code of ['G1', 'G2', 'G3', 'G4', 'G5']) await interview(code, 'group', 6);

    const lead = setup.world.userIds.lead;
    const report = await previewReport(db, TEST_RAW_DATA_KEYRING, lead, await scope(db, evaluationId));
    expect(report.heard).toEqual({
      groupInterviews: 5,
      individualInterviews: null,
      participants: 33,
      questionnaireResponses: 0,
    });
    expect(report.themes).toEqual([
      {
        title: 'Å bli møtt',
        description: 'Første møte.',
        findings: [{ text: 'De fleste følte seg velkomne.', quotes: ['Jeg ble sett.', 'Det var som å komme hjem.'] }],
      },
    ]);
    expect(report.recommendations.map((r) => r.title)).toEqual(['Anbefaling 1']);
    expect(report.minGroupSize).toBe(5);
    // The two quotes opened are in the raw-read log, under the lead.
    const reads = await db.evaluationRawRead.findMany({ where: { evaluationId }, select: { recordKind: true } });
    expect(reads.map((r) => r.recordKind)).toEqual(['quote', 'quote']);
    // Nothing was stored by the preview.
    const row = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(row.publishedReport).toBeNull();
    expect(row.phase).toBe('review');
  });

  test('sections save with a questionnaire of this evaluation only; recommendations add and move', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const lead = setup.world.userIds.lead;
    const { evaluationId } = await createReportedEvaluation(db, ids(), {
      slug: 'bsb-skriving',
      title: 'Skriving',
      phase: 'analysis',
    });
    const input = { evaluationId, summary: 'Ny', background: 'B', method: 'M', easyRead: 'L' };
    const foreign = setup.world.evaluations.collecting.questionnaireId;
    await expect(
      saveReport(db, lead, await scope(db, evaluationId), { ...input, questionnaireId: foreign }),
    ).rejects.toMatchObject({ kind: 'badRequest', key: 'evaluations.report.error.questionnaire' });
    const own = await db.evaluationQuestionnaire.create({ data: { evaluationId, title: 'Skjema' } });
    await saveReport(db, lead, await scope(db, evaluationId), { ...input, questionnaireId: own.id });

    const added = await saveRecommendation(db, lead, await scope(db, evaluationId), {
      evaluationId,
      title: 'Ny anbefaling',
      body: '',
    });
    await moveRecommendation(db, lead, await scope(db, evaluationId), added.id, 'up');
    const read = await reportForLead(db, await scope(db, evaluationId));
    expect(read.sections.summary).toBe('Ny');
    expect(read.questionnaireId).toBe(own.id);
    expect(read.recommendations.map((r) => [r.title, r.position])).toEqual([
      ['Ny anbefaling', 0],
      ['Anbefaling 1', 1],
    ]);

    // A collecting evaluation cannot have its report written yet.
    const collecting = await scope(db, setup.world.evaluations.collecting.evaluationId);
    await expect(
      saveReport(db, lead, collecting, { ...input, evaluationId: collecting.id, questionnaireId: null }),
    ).rejects.toMatchObject({ kind: 'conflict', key: 'evaluations.phase.wrongPhase' });
  });

  test('sent for review: the service contacts get a link, no report text; only they comment', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { evaluationId } = await createReportedEvaluation(db, ids(), {
      slug: 'bsb-gjennomsyn',
      title: 'Gjennomsyn',
      phase: 'analysis',
    });
    const lead = setup.world.userIds.lead;
    const contact = await actor(db, 'serviceContact');
    // Not in review yet: nothing to read or comment on.
    const early = await reportForReview(db, TEST_RAW_DATA_KEYRING, contact.userId, await scope(db, evaluationId));
    expect(early).toMatchObject({ report: null, canComment: false });

    await sendForReview(db, lead, await scope(db, evaluationId), TEST_URLS);
    const mails = await outbox(db, 'evaluation.report.review');
    expect(mails.map((m) => m.userId)).toEqual([contact.userId]);
    expect(mails[0]!.body).toContain(`https://knutepunkt.example/mine-evalueringer/${evaluationId}/tjeneste`);
    expect(mails[0]!.body).not.toContain('tatt godt imot');

    const inReview = await scope(db, evaluationId);
    const review = await reportForReview(db, TEST_RAW_DATA_KEYRING, contact.userId, inReview);
    expect(review.report!.summary).toBe('Brukerne opplever å bli tatt godt imot.');
    expect(review.canComment).toBe(true);

    const body = 'Ventetiden er ikke nevnt.';
    for (const role of ['lead', 'admin'] as const) {
      await expect(
        commentOnReport(db, await actor(db, role), inReview, { evaluationId, section: 'summary', body }, TEST_URLS),
      ).rejects.toMatchObject({ kind: 'notFound' });
    }
    await expect(
      commentOnReport(db, contact, inReview, { evaluationId, section: 'nosuchsection', body }, TEST_URLS),
    ).rejects.toBeInstanceOf(UserError);
    const comment = await commentOnReport(db, contact, inReview, { evaluationId, section: 'summary', body }, TEST_URLS);
    expect(comment.section).toBe('summary');
    const told = await outbox(db, 'evaluation.report.comment');
    expect(told.map((m) => m.userId)).toEqual([lead]);
    expect(told[0]!.body).not.toContain(body);
    const own = await reportForReview(db, TEST_RAW_DATA_KEYRING, contact.userId, inReview);
    expect(own.comments.map((c) => c.body)).toEqual([body]);
    const forLead = await reportForLead(db, inReview);
    expect(forLead.comments.map((c) => [c.body, c.authorName, c.resolvedAt])).toEqual([
      [body, expect.any(String), null],
    ]);
  });

  test('sent to the participants once each; a second send needs «again»', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const published = setup.world.evaluations.published;
    const contact = setup.world.userIds.serviceContact;
    const meeting = await db.meeting.create({
      data: {
        networkId: setup.world.network1,
        slug: 'dialogmote-dagsenteret',
        title: 'Dialogmøte',
        startsAt: new Date('2026-04-10T08:00:00Z'),
        endsAt: new Date('2026-04-10T10:00:00Z'),
        status: 'published',
        openTo: 'anyone',
        venueName: 'Dagsenteret',
      },
    });
    await db.evaluation.update({ where: { id: published.evaluationId }, data: { dialogueMeetingId: meeting.id } });
    const guest = await db.user.create({
      data: { email: 'gjest@test.knutepunkt.no', name: 'Gjest', passwordHash: 'x' },
    });
    const waiting = await db.user.create({
      data: { email: 'vent@test.knutepunkt.no', name: 'Vent', passwordHash: 'x' },
    });
    const registration = (userId: string, status: 'confirmed' | 'waiting', position: number) =>
      db.meetingRegistration.create({ data: { meetingId: meeting.id, userId, status, position } });
    await registration(guest.id, 'confirmed', 1);
    await registration(contact, 'confirmed', 2); // also a service contact: one mail
    await registration(waiting.id, 'waiting', 3);

    const lead = setup.world.userIds.lead;
    const result = await sendReportToParticipants(db, lead, await scope(db, published.evaluationId), TEST_URLS);
    expect(result.recipients).toBe(3);
    const mails = await outbox(db, 'evaluation.report.published');
    expect(mails.map((m) => m.userId).sort()).toEqual([guest.id, contact, lead].sort());
    expect(mails[0]!.body).toContain(`https://knutepunkt.example/evalueringer/${published.slug}`);

    await expect(
      sendReportToParticipants(db, lead, await scope(db, published.evaluationId), TEST_URLS),
    ).rejects.toMatchObject({ kind: 'conflict', key: 'evaluations.report.error.alreadySent' });
    await sendReportToParticipants(db, lead, await scope(db, published.evaluationId), TEST_URLS, true);
    expect(await outbox(db, 'evaluation.report.published')).toHaveLength(6);

    // Not published: refused.
    const review = await scope(db, setup.world.evaluations.report.review.evaluationId);
    await expect(sendReportToParticipants(db, lead, review, TEST_URLS)).rejects.toMatchObject({
      key: 'evaluations.report.error.notPublished',
    });
  });

  test('the world’s published evaluation carries a real frozen report', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const row = await setup.handle.db.evaluation.findUniqueOrThrow({
      where: { id: setup.world.evaluations.published.evaluationId },
      select: { publishedReport: true },
    });
    expect(row.publishedReport).toMatchObject({
      version: 1,
      title: 'Brukerevaluering av dagsenteret',
      publishedAt: '2026-05-01T10:00:00.000Z',
      summary: 'Brukerne er i hovedsak fornøyde.',
      recommendations: [{ title: 'Lengre åpningstid på kveldstid', position: 0 }],
    });
  });
});
