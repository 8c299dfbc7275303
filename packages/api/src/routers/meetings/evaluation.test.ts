import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { UserError, utcToOslo } from '@knutepunkt/domain';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { answerEvaluation, evaluationForParticipant } from './evaluation-answers.ts';
import { evaluationForStaff, evaluationResultsFor, sendEvaluation, setEvaluationQuestions } from './evaluation.ts';
import { loadMeeting } from './scope.ts';

const DAY = 86_400_000;
const questions = (closesIn: number) => ({
  ratingQuestion: 'Hvor nyttig var samlingen?',
  textQuestions: ['Hva var best?', 'Hva savnet du?'],
  closesOn: utcToOslo(new Date(Date.now() + closesIn * DAY)).date,
});

describe.each(testDatabases())('the evaluation after a meeting on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  /** A meeting that starts in `startsIn` days, with `seats` people confirmed and one waiting. */
  async function meetingWith(slug: string, startsIn: number, seats: number) {
    const db = setup.handle!.db;
    const start = Date.now() + startsIn * DAY;
    const meeting = await db.meeting.create({
      data: {
        networkId: setup.world.network1,
        slug,
        title: `Samling ${slug}`,
        startsAt: new Date(start),
        endsAt: new Date(start + 6 * 3_600_000),
        status: 'published',
        openTo: 'anyone',
        venueName: 'Rådhuset',
      },
    });
    const people = [];
    for (let i = 0; i <= seats; i++) {
      const user = await db.user.create({
        data: { email: `${slug}-${i}@test.knutepunkt.no`, name: `Deltaker ${i}`, passwordHash: 'x', locale: 'nn' },
      });
      await db.meetingRegistration.create({
        data: {
          meetingId: meeting.id,
          userId: user.id,
          status: i < seats ? 'confirmed' : 'waiting',
          position: i + 1,
        },
      });
      people.push(user.id);
    }
    return { scope: async () => (await loadMeeting(db, meeting.id))!, people, waiting: people.pop()! };
  }

  test('questions, one send, answers once each, totals only from five answers on', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const coordinator = setup.world.userIds.coordinator;
    const { scope, people, waiting } = await meetingWith('evaluert', -2, 6);

    // The closing day must be after the meeting; sending needs questions.
    await expect(setEvaluationQuestions(db, coordinator, await scope(), questions(-3))).rejects.toMatchObject({
      key: 'meetings.evaluation.validation.closesBeforeEnd',
      fieldErrors: { closesOn: 'meetings.evaluation.validation.closesBeforeEnd' },
    });
    await expect(sendEvaluation(db, coordinator, await scope(), TEST_URLS)).rejects.toMatchObject({
      key: 'meetings.evaluation.error.noQuestions',
    });
    await setEvaluationQuestions(db, coordinator, await scope(), questions(7));
    // Not sent yet: nobody may answer.
    await expect(
      answerEvaluation(db, people[0]!, await scope(), { meetingId: 'x', rating: 5, texts: ['', ''] }),
    ).rejects.toMatchObject({ key: 'meetings.evaluation.error.notOpen' });

    // Two presses at once send it once: one e-mail per confirmed participant, none to the waiting list.
    const sends = await Promise.all([
      sendEvaluation(db, coordinator, await scope(), TEST_URLS),
      sendEvaluation(db, coordinator, await scope(), TEST_URLS),
    ]);
    expect(sends.map((s) => s.newlySent).sort()).toEqual([false, true]);
    const mails = await db.outboxMessage.findMany({
      where: { kind: 'meeting.evaluation', userId: { in: [...people, waiting] } },
      select: { userId: true, subject: true, body: true },
    });
    expect(mails.map((m) => m.userId).sort()).toEqual([...people].sort());
    expect(mails[0]!.subject).toBe('Kva synest du om Samling evaluert?');
    expect(mails[0]!.body).toContain(`${TEST_URLS.web}/moter/evaluert/evaluering`);
    expect((await sendEvaluation(db, coordinator, await scope(), TEST_URLS)).newlySent).toBe(false);
    await expect(setEvaluationQuestions(db, coordinator, await scope(), questions(8))).rejects.toMatchObject({
      key: 'meetings.evaluation.error.alreadySent',
    });

    // The waiting list was not there; a wrong number of texts is refused.
    await expect(
      answerEvaluation(db, waiting, await scope(), { meetingId: 'x', rating: 5, texts: ['', ''] }),
    ).rejects.toMatchObject({ kind: 'forbidden', key: 'meetings.evaluation.error.notParticipant' });
    await expect(
      answerEvaluation(db, people[0]!, await scope(), { meetingId: 'x', rating: 5, texts: [''] }),
    ).rejects.toMatchObject({ key: 'meetings.evaluation.error.formChanged' });

    // Four answers: only the count.
    const ratings = [5, 4, 4, 2];
    for (const [i, rating] of ratings.entries()) {
      await answerEvaluation(db, people[i]!, await scope(), {
        meetingId: 'x',
        rating,
        texts: [`Best ${i}`, i === 0 ? 'Mer pause' : ''],
      });
    }
    expect((await evaluationResultsFor(db, coordinator, await scope())).results).toEqual({
      enough: false,
      count: 4,
      min: 5,
    });
    expect(await evaluationForStaff(db, await scope())).toMatchObject({ answered: 4, participants: 6, maySend: false });

    // Answering twice changes nothing.
    await expect(
      answerEvaluation(db, people[0]!, await scope(), { meetingId: 'x', rating: 1, texts: ['Endret', ''] }),
    ).rejects.toMatchObject({ kind: 'conflict', key: 'meetings.evaluation.error.alreadyAnswered' });
    expect(await db.meetingEvaluationAnswer.count({ where: { meetingId: (await scope()).id } })).toBe(4);

    // The fifth submits twice at once: exactly one answer.
    const both = await Promise.allSettled([
      answerEvaluation(db, people[4]!, await scope(), { meetingId: 'x', rating: 3, texts: ['Best 4', ''] }),
      answerEvaluation(db, people[4]!, await scope(), { meetingId: 'x', rating: 3, texts: ['Best 4', ''] }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect(refused.reason).toMatchObject({ key: 'meetings.evaluation.error.alreadyAnswered' });
    expect(await db.meetingEvaluationAnswer.count({ where: { meetingId: (await scope()).id } })).toBe(5);

    // Five: counts per rating, the mean; the second text question (one answer) is withheld.
    const { results, textQuestions } = await evaluationResultsFor(db, coordinator, await scope());
    expect(textQuestions).toEqual(['Hva var best?', 'Hva savnet du?']);
    expect(results).toMatchObject({
      enough: true,
      count: 5,
      ratingCounts: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 },
      mean: 3.6,
    });
    if (!results.enough) throw new Error('expected results');
    expect([...results.texts[0]!].sort()).toEqual(['Best 0', 'Best 1', 'Best 2', 'Best 3', 'Best 4']);
    expect(results.texts[1]).toBeNull();
    expect(
      await db.auditEntry.count({ where: { actorId: coordinator, action: 'read', entityId: (await scope()).id } }),
    ).toBe(1);

    // Nothing ties an answer to a person: no user, a random id, only the day.
    const rows = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'MeetingEvaluationAnswer' ORDER BY column_name`;
    expect(rows.map((r) => r.column_name)).toEqual(['answeredOn', 'id', 'meetingId', 'rating', 'texts']);
    const respondentColumns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'MeetingEvaluationRespondent' ORDER BY column_name`;
    expect(respondentColumns.map((r) => r.column_name)).toEqual(['meetingId', 'userId']);
    const stored = await db.meetingEvaluationAnswer.findFirstOrThrow({ where: { meetingId: (await scope()).id } });
    expect(stored.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    expect(stored.answeredOn.toISOString()).toMatch(/T00:00:00\.000Z$/);

    // A participant sees their own state, and nothing about anyone else.
    const view = await evaluationForParticipant(db, people[0]!, await scope());
    expect(view).toMatchObject({ mayAnswer: true, hasAnswered: true, window: 'open' });
    expect(JSON.stringify(view)).not.toMatch(/Best|count|answered":\d/);
    expect(await evaluationForParticipant(db, waiting, await scope())).toMatchObject({ mayAnswer: false, form: null });

    // After the last day nothing more is taken.
    const later = new Date(Date.now() + 9 * DAY);
    await expect(
      answerEvaluation(db, people[5]!, await scope(), { meetingId: 'x', rating: 5, texts: ['', ''] }, later),
    ).rejects.toMatchObject({ key: 'meetings.evaluation.error.closed' });
  });

  test('not sent before the meeting is over, unless marked held; never for a cancelled one', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const coordinator = setup.world.userIds.coordinator;
    const { scope } = await meetingWith('snart', 1, 1);
    await setEvaluationQuestions(db, coordinator, await scope(), questions(10));
    await expect(sendEvaluation(db, coordinator, await scope(), TEST_URLS)).rejects.toMatchObject({
      key: 'meetings.evaluation.error.notOver',
    });
    await db.meeting.update({ where: { id: (await scope()).id }, data: { status: 'held' } });
    expect(await sendEvaluation(db, coordinator, await scope(), TEST_URLS)).toMatchObject({
      newlySent: true,
      recipients: 1,
    });
    const cancelled = await meetingWith('avlyst', -3, 1);
    await db.meeting.update({ where: { id: (await cancelled.scope()).id }, data: { status: 'cancelled' } });
    await expect(setEvaluationQuestions(db, coordinator, await cancelled.scope(), questions(5))).rejects.toMatchObject({
      key: 'meetings.evaluation.error.cancelled',
    });
  });

  test('after check-in, only those who came get the form and may answer', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const coordinator = setup.world.userIds.coordinator;
    const { scope, people } = await meetingWith('innsjekket', -2, 3);
    const meetingId = (await scope()).id;
    // Two of the three confirmed were checked in; the third stayed away.
    await db.meetingRegistration.updateMany({
      where: { meetingId, userId: { in: people.slice(0, 2) } },
      data: { attended: true, attendedMarkedAt: new Date() },
    });
    await setEvaluationQuestions(db, coordinator, await scope(), questions(5));
    expect(await sendEvaluation(db, coordinator, await scope(), TEST_URLS)).toMatchObject({ recipients: 2 });

    const absent = await evaluationForParticipant(db, people[2]!, await scope());
    expect(absent.mayAnswer).toBe(false);
    await expect(
      answerEvaluation(db, people[2]!, await scope(), { meetingId, rating: 4, texts: ['', ''] }),
    ).rejects.toBeInstanceOf(UserError);
    expect((await evaluationForParticipant(db, people[0]!, await scope())).mayAnswer).toBe(true);
  });
});
