import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { adminCaller, contextFor, outcomeOf, webCaller } from '../../testing/caller.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { openRaw } from './cipher.ts';

/**
 * A questionnaire from draft to answers (docs/adr/0025), through the real routers: built by
 * the lead, opened, answered once through each link, entered from paper, closed.
 */
describe.each(testDatabases())('questionnaires, on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  }, 240_000);
  afterAll(async () => handle?.close());

  test('lifecycle: build, open, answer once per link, paper, close; free text sealed', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { evaluationId } = world.evaluations.collecting;
    const lead = adminCaller(await contextFor(db, 'admin', world, 'lead')).evaluations;
    const anonymous = webCaller(await contextFor(db, 'web', world, 'anonymous')).evaluations;
    const team = webCaller(await contextFor(db, 'web', world, 'teamMember')).evaluations;

    const { id } = await lead.createQuestionnaire({ evaluationId, title: 'Om kveldene', intro: '', language: 'nb' });
    expect(await outcomeOf(lead.openQuestionnaire({ questionnaireId: id }))).toMatch(/^CONFLICT: Legg til minst/);
    const tooFew = { kind: 'single' as const, text: 'Hvilken avdeling?', options: ['A'], required: true };
    expect(await outcomeOf(lead.saveQuestions({ questionnaireId: id, questions: [tooFew] }))).toMatch(/^BAD_REQUEST/);
    const { questionIds } = await lead.saveQuestions({
      questionnaireId: id,
      questions: [
        { ...tooFew, options: ['Avdeling A', 'Avdeling B'] },
        { kind: 'multiple', text: 'Hva bruker du?', options: ['Kafé', 'Kurs', 'Turer'], required: false },
        { kind: 'scale', text: 'Hvor fornøyd er du?', options: ['Lite', 'Svært'], required: true },
        { kind: 'text', text: 'Hva vil du si til tjenesten?', options: [], required: false },
      ],
    });
    const [unit, uses, scale, free] = questionIds as [string, string, string, string];
    expect(await outcomeOf(lead.setBreakdown({ questionnaireId: id, questionId: scale }))).toMatch(/^BAD_REQUEST/);
    await lead.setBreakdown({ questionnaireId: id, questionId: unit });
    await lead.openQuestionnaire({ questionnaireId: id });
    const locked = lead.saveQuestions({ questionnaireId: id, questions: [] });
    expect(await outcomeOf(locked)).toMatch(/^CONFLICT: Spørsmålene kan bare endres/);

    const { links } = await lead.createLinks({ questionnaireId: id, count: 2 });
    expect(links).toHaveLength(2);
    const tokens = links.map((l) => new URL(l).searchParams.get('lenke')!);
    expect(links[0]).toMatch(/^https?:\/\/[^/]+\/sporreskjema\?lenke=[A-Za-z0-9_-]{32}$/);
    expect(await db.evaluationResponseToken.count({ where: { questionnaireId: id } })).toBe(2);
    expect(await db.evaluationResponseToken.count({ where: { tokenHash: { in: tokens } } })).toBe(0);

    const form = await anonymous.questionnaireForToken({ token: tokens[0]! });
    expect(form.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'scale', 'text']);
    const secret = 'Personalet på kveldsvakta er fantastiske';
    const answers = [
      { questionId: unit, choices: [1] },
      { questionId: uses, choices: [0, 2] },
      { questionId: scale, scale: 5 },
      { questionId: free, text: secret },
    ];
    // Missing a required answer, a scale out of range: refused, the link not used.
    expect(await outcomeOf(anonymous.submitResponse({ token: tokens[0]!, answers: answers.slice(1) }))).toMatch(
      /^BAD_REQUEST/,
    );
    const badScale = answers.map((a) => (a.questionId === scale ? { ...a, scale: 6 } : a));
    expect(await outcomeOf(anonymous.submitResponse({ token: tokens[0]!, answers: badScale }))).toMatch(/^BAD_REQUEST/);
    await anonymous.submitResponse({ token: tokens[0]!, answers });
    expect(await outcomeOf(anonymous.submitResponse({ token: tokens[0]!, answers }))).toMatch(
      /^NOT_FOUND: Denne lenken er allerede brukt/,
    );
    expect(await outcomeOf(anonymous.questionnaireForToken({ token: tokens[0]! }))).toMatch(/^NOT_FOUND/);

    expect(await team.paperQuestionnaires({ evaluationId })).toHaveLength(2);
    expect(await team.enterPaperResponse({ questionnaireId: id, answers: answers.slice(0, 3) })).toEqual({
      entered: 1,
    });

    const responses = await db.evaluationResponse.findMany({ where: { questionnaireId: id } });
    expect(responses.map((r) => r.mode).sort()).toEqual(['paper', 'web']);
    expect(responses.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.receivedOn))).toBe(true);
    expect(responses.find((r) => r.mode === 'paper')?.enteredById).toBe(world.userIds.teamMember);

    // The free text is sealed: a raw select never shows it, the key opens it.
    const raw = await db.$queryRaw<Array<{ text: string | null }>>`
      SELECT a."text" FROM "EvaluationAnswer" a WHERE a."questionId" = ${free}`;
    expect(raw).toHaveLength(1);
    expect(raw[0]!.text).not.toContain('fantastiske');
    expect(openRaw(TEST_RAW_DATA_KEYRING, raw[0]!.text!)).toBe(secret);

    const got = await lead.questionnaire({ questionnaireId: id });
    expect(got).toMatchObject({ status: 'open', linksMade: 2, linksUsed: 1, responses: 2, paperResponses: 1 });
    expect(got.breakdownQuestionId).toBe(unit);
    await lead.closeQuestionnaire({ questionnaireId: id });
    expect(await outcomeOf(anonymous.questionnaireForToken({ token: tokens[1]! }))).toMatch(/^NOT_FOUND/);
    expect(await outcomeOf(team.enterPaperResponse({ questionnaireId: id, answers }))).toMatch(/^CONFLICT/);
    expect(await outcomeOf(lead.createLinks({ questionnaireId: id, count: 1 }))).toMatch(/^CONFLICT/);
  }, 240_000);

  test("another evaluation's lead cannot see or edit the questionnaire (404)", async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    // Evaluation B, led by the coordinator of the same network.
    await db.evaluation.create({
      data: {
        slug: 'bsb-b',
        title: 'B',
        networkId: world.network1,
        leadId: world.userIds.coordinator,
        phase: 'planning',
      },
    });
    const leadB = adminCaller(await contextFor(db, 'admin', world, 'coordinator')).evaluations;
    const questionnaireId = world.instruments.draftQuestionnaireId;
    const edit = { questionnaireId, title: 'Kapret', intro: '', language: 'nb' as const };
    expect(await outcomeOf(leadB.questionnaire({ questionnaireId }))).toMatch(/^NOT_FOUND/);
    expect(await outcomeOf(leadB.updateQuestionnaire(edit))).toMatch(/^NOT_FOUND/);
    expect(await outcomeOf(leadB.saveQuestions({ questionnaireId, questions: [] }))).toMatch(/^NOT_FOUND/);
    expect(await outcomeOf(leadB.createLinks({ questionnaireId, count: 1 }))).toMatch(/^NOT_FOUND/);
    expect((await db.evaluationQuestionnaire.findUniqueOrThrow({ where: { id: questionnaireId } })).title).toBe(
      'Utkast til spørreskjema',
    );
  }, 240_000);
});
