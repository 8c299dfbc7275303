import {
  type AnswerInput,
  type PublishedReport,
  addMonthsToDate,
  checkAnswers,
  findReidentifyingPassages,
  guideInput,
  guideQuestions,
  questionInput,
  utcToOslo,
} from '@knutepunkt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.ts';
import { testDatabases } from '../testing/index.ts';
import { MOTEPLASSEN } from './evaluations-data-nb.ts';
import { DAGTILBODET } from './evaluations-data-nn.ts';
import { seedDemo } from './index.ts';

/**
 * The demo's evaluations as written (evaluations.ts). Sealing is the API's (its key); here a
 * reversible stand-in marks sealed values, so the test can tell a sealed value from plain text
 * and still read back what was sealed.
 */
const PREFIX = 'test-sealed:';
const sealRawText = (plain: string) => PREFIX + Buffer.from(plain, 'utf8').toString('base64');
const open = (sealed: string) => {
  expect(sealed.startsWith(PREFIX), 'sealed').toBe(true);
  return Buffer.from(sealed.slice(PREFIX.length), 'base64').toString('utf8');
};
const hashPassword = async (plain: string) => `test-hash:${plain}`;

const notesOf = (data: typeof MOTEPLASSEN | typeof DAGTILBODET) =>
  data.interviews.flatMap((i) => Object.entries(i.notes).map(([key, body]) => ({ code: i.code, key, body })));
const QUOTES = MOTEPLASSEN.themes.flatMap((t) => t.findings.flatMap((f) => f.quotes ?? []));
/** Every raw text of the demo, as written in the data files. */
const RAW_TEXTS = [
  ...notesOf(MOTEPLASSEN).map((n) => n.body),
  ...notesOf(DAGTILBODET).map((n) => n.body),
  ...MOTEPLASSEN.questionnaire.texts,
  ...(DAGTILBODET.questionnaire?.texts ?? []),
  ...QUOTES.map((q) => q.text),
];

describe('the demo evaluations’ data', () => {
  it('has notes, free texts and quotes the re-identification check finds nothing in', () => {
    expect(RAW_TEXTS.length).toBeGreaterThan(30);
    for (const text of RAW_TEXTS) expect(findReidentifyingPassages(text), text).toEqual([]);
  });

  it('takes each quote word for word from the note it names, on a question of the guide', () => {
    expect(QUOTES.length).toBeGreaterThanOrEqual(3);
    expect(QUOTES.length).toBeLessThanOrEqual(4);
    const notes = notesOf(MOTEPLASSEN);
    for (const quote of QUOTES) {
      const note = notes.find((n) => n.code === quote.from[0] && n.key === quote.from[1]);
      expect(note?.body, quote.text).toContain(quote.text);
    }
    for (const data of [MOTEPLASSEN, DAGTILBODET]) {
      const keys = new Set(guideQuestions(data.guide).map((q) => q.key));
      for (const n of notesOf(data)) expect(keys).toContain(n.key);
    }
  });

  it('passes the rules the platform applies to a guide, a question and an answered form', () => {
    for (const data of [MOTEPLASSEN, DAGTILBODET]) {
      expect(guideInput.safeParse(data.guide).error).toBeUndefined();
      const q = data.questionnaire!;
      const questions = q.questions.map((question, i) => ({
        id: `q${i}`,
        kind: question.kind,
        text: question.text,
        options: [...(question.options ?? [])],
        required: false,
      }));
      for (const question of questions) expect(questionInput.safeParse(question).error).toBeUndefined();
      for (const response of q.responses) {
        const answers = response.flatMap((answer, i): AnswerInput[] => {
          if (answer === null) return [];
          const kind = questions[i]!.kind;
          const questionId = `q${i}`;
          if (kind === 'text') return [{ questionId, text: q.texts[answer as number]! }];
          if (kind === 'scale') return [{ questionId, scale: answer as number }];
          return [{ questionId, choices: typeof answer === 'number' ? [answer] : [...answer] }];
        });
        expect(checkAnswers(questions, answers).ok, JSON.stringify(response)).toBe(true);
      }
    }
  });
});

describe.each(testDatabases())('the demo seed’s evaluations on $name', ({ open: openDb, skipReason }) => {
  let handle: DbHandle | null;
  const now = new Date();
  beforeAll(async () => {
    handle = await openDb();
    if (handle) await seedDemo(handle.db, { hashPassword, sealRawText });
  }, 120_000);
  afterAll(async () => handle?.close());

  const load = (slug: string) =>
    handle!.db.evaluation.findUniqueOrThrow({
      where: { slug },
      include: {
        lead: true,
        service: true,
        team: { include: { user: true } },
        training: true,
        interviews: { include: { notes: true }, orderBy: { code: 'asc' } },
        questionnaires: { include: { tokens: true, responses: { include: { answers: true } } } },
        recommendations: { include: { statuses: true }, orderBy: { position: 'asc' } },
        followUpRounds: { orderBy: { months: 'asc' } },
      },
    });

  it('writes the completed evaluation, published about seven months ago, led by the coordinator', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const e = await load(MOTEPLASSEN.slug);
    expect(e.phase).toBe('published');
    expect(e.language).toBe('nb');
    expect(utcToOslo(e.publishedAt!).date).toBe(addMonthsToDate(utcToOslo(now).date, -7));
    expect(e.lead?.email).toBe('koordinator@demo.knutepunkt.no');
    expect(e.team.map((m) => m.user.email)).toEqual(['intervjuer@demo.knutepunkt.no']);
    expect(e.training).toHaveLength(1);
    expect(e.service?.slug).toBe('trondheim-kommune');
    // The service contact is Trondheim kommune's demo editor.
    const editor = await handle.db.membership.findFirstOrThrow({
      where: { organisationId: e.serviceOrganisationId!, role: 'EDITOR', status: 'APPROVED' },
      include: { user: true },
    });
    expect(editor.user.email).toBe('redaktor@demo.knutepunkt.no');
    expect(e.interviews.map((i) => i.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'I1', 'I2', 'I3']);
    for (const i of e.interviews) {
      expect(i.consentAt).not.toBeNull();
      expect(i.consentVersion).toBe(1);
      if (i.kind === 'group') expect(i.participants).toBeGreaterThanOrEqual(3);
    }
    expect(e.questionnaires[0]!.responses).toHaveLength(30);
  });

  it('freezes a report that hides the small groups: «færre enn 5» for the individual interviews and the rare visitors', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const e = await load(MOTEPLASSEN.slug);
    const report = e.publishedReport as unknown as PublishedReport;
    expect(report.publishedAt).toBe(e.publishedAt!.toISOString());
    expect(report.heard).toEqual({
      groupInterviews: 5,
      individualInterviews: null,
      participants: 24,
      questionnaireResponses: 30,
    });
    for (const key of ['summary', 'background', 'method', 'easyRead'] as const) expect(report[key]).not.toBe('');
    // Three visitors come «Sjeldnere»: their column is hidden in every broken-down table.
    const welcome = report.results.find((r) => r.kind === 'scale')!;
    expect(welcome.columns).toEqual(['Flere ganger i uka', 'Omtrent én gang i uka', 'Sjeldnere']);
    expect(welcome.table.columnTotals[2]).toBeNull();
    // Zeros are shown («nobody» is not a small group); every other count of the three is hidden.
    expect(welcome.table.cells.map((row) => row[2])).toEqual([0, null, null, null, 0]);
    expect(welcome.table.total).toBe(30);
    const text = report.results.find((r) => r.kind === 'text')!;
    expect(text.texts).toHaveLength(10);
    expect(report.themes.flatMap((t) => t.findings.flatMap((f) => f.quotes))).toHaveLength(QUOTES.length);
    // The finding kept inside the team is not in the report.
    expect(JSON.stringify(report)).not.toContain('strengere husregler');
    expect(report.recommendations.map((r) => r.id)).toEqual(e.recommendations.map((r) => r.id));
  });

  it('has the service’s response to every recommendation and a mixed status at 6 months; 12 months not yet due', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const e = await load(MOTEPLASSEN.slug);
    expect(e.recommendations).toHaveLength(4);
    const editor = await handle.db.user.findUniqueOrThrow({ where: { email: 'redaktor@demo.knutepunkt.no' } });
    for (const r of e.recommendations) {
      expect(r.response).not.toBeNull();
      expect(r.respondedById).toBe(editor.id);
      expect(r.statuses.map((s) => s.round)).toEqual([6]);
      expect(r.statuses[0]!.at.getTime()).toBeLessThan(now.getTime());
    }
    expect(new Set(e.recommendations.map((r) => r.statuses[0]!.status))).toEqual(
      new Set(['done', 'in_progress', 'not_started']),
    );
    const [six, twelve] = e.followUpRounds;
    expect(six!.months).toBe(6);
    expect(six!.requestedAt).not.toBeNull();
    expect(six!.dueAt.getTime()).toBeLessThan(now.getTime());
    expect(twelve!.months).toBe(12);
    expect(twelve!.requestedAt).toBeNull();
    expect(twelve!.dueAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it('stores every note, free-text answer and quote sealed, never as plain text', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const notes = await db.evaluationNote.findMany();
    const answers = await db.evaluationAnswer.findMany({ where: { text: { not: null } } });
    const quotes = await db.evaluationQuote.findMany({ include: { note: true } });
    expect(notes).toHaveLength(notesOf(MOTEPLASSEN).length + notesOf(DAGTILBODET).length);
    expect(answers.length).toBe(11);
    expect(quotes).toHaveLength(QUOTES.length);
    const stored = [...notes.map((n) => n.body), ...answers.map((a) => a.text!), ...quotes.map((q) => q.text)];
    for (const value of stored) {
      for (const plain of RAW_TEXTS) expect(value).not.toContain(plain);
      expect(RAW_TEXTS).toContain(open(value));
    }
    for (const n of notes) expect(n.warningKinds).toEqual([]);
    for (const q of quotes) {
      expect(q.check).toBe('clear');
      expect(open(q.note!.body)).toContain(open(q.text));
    }
  });

  it('writes the nynorsk evaluation collecting data: two group interviews with notes, a questionnaire open on the web', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const e = await load(DAGTILBODET.slug);
    expect(e.phase).toBe('collection');
    expect(e.language).toBe('nn');
    expect(e.publishedReport).toBeNull();
    expect(e.service?.slug).toBe('molde-kommune');
    expect(e.lead?.email).toBe('koordinator@demo.knutepunkt.no');
    expect(e.team.map((m) => m.user.email)).toEqual(['intervjuer@demo.knutepunkt.no']);
    expect(e.interviews.map((i) => [i.code, i.kind])).toEqual([
      ['G1', 'group'],
      ['G2', 'group'],
    ]);
    const bodies = e.interviews.flatMap((i) => i.notes.map((n) => open(n.body)));
    expect(bodies.sort()).toEqual(
      notesOf(DAGTILBODET)
        .map((n) => n.body)
        .sort(),
    );
    for (const i of e.interviews) expect(i.consentAt!.getTime()).toBeLessThan(now.getTime());
    const [questionnaire] = e.questionnaires;
    expect(questionnaire!.status).toBe('open');
    expect(questionnaire!.language).toBe('nn');
    expect(questionnaire!.responses.every((r) => r.mode === 'web' && r.enteredById === null)).toBe(true);
    const unused = questionnaire!.tokens.filter((t) => t.usedAt === null);
    expect(unused).toHaveLength(7);
    for (const t of questionnaire!.tokens) expect(t.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe.each(testDatabases().slice(0, 1))('the demo seed without a sealing function on $name', ({ open: openDb }) => {
  let handle: DbHandle | null;
  beforeAll(async () => {
    handle = await openDb();
    if (handle) await seedDemo(handle.db, { hashPassword });
  }, 120_000);
  afterAll(async () => handle?.close());

  it('leaves out the raw rows rather than store plain text, and still publishes the report', async () => {
    const db = handle!.db;
    expect(await db.evaluationNote.count()).toBe(0);
    expect(await db.evaluationQuote.count()).toBe(0);
    expect(await db.evaluationAnswer.count({ where: { text: { not: null } } })).toBe(0);
    expect(await db.evaluationInterview.count()).toBe(10);
    const e = await db.evaluation.findUniqueOrThrow({ where: { slug: MOTEPLASSEN.slug } });
    const report = e.publishedReport as unknown as PublishedReport;
    expect(report.heard.individualInterviews).toBeNull();
    expect(report.themes.length).toBe(3);
  });
});
