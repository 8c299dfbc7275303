import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { submitResponse } from './questionnaire-answers.ts';
import { hashResponseToken } from './tokens.ts';

/**
 * A link answered from 20 places at once (a double tap, a shared link): exactly one response.
 * On PostgreSQL through two clients with pools of their own (two server instances).
 */
describe.each(testDatabases())('one link, 20 submits at once, on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test('exactly one response; every other submit is refused', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const network = await db.network.create({ data: { slug: 'nettverket', name: 'Nettverket' } });
    const evaluation = await db.evaluation.create({
      data: { slug: 'bsb', title: 'BSB', networkId: network.id, phase: 'collection' },
    });
    const questionnaire = await db.evaluationQuestionnaire.create({
      data: { evaluationId: evaluation.id, title: 'Skjema', status: 'open' },
    });
    const question = await db.evaluationQuestion.create({
      data: { questionnaireId: questionnaire.id, position: 0, kind: 'text', text: 'Noe å si?', options: [] },
    });
    const token = 'samtidig-lenke-0000000000000001';
    await db.evaluationResponseToken.create({
      data: { questionnaireId: questionnaire.id, tokenHash: hashResponseToken(token) },
    });

    const answers = [{ questionId: question.id, text: 'Ja' }];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => submitResponse(dbs[i % dbs.length]!, TEST_RAW_DATA_KEYRING, token, answers)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { kind?: string }] : []));
    expect(refusals).toHaveLength(19);
    expect(refusals.every((e) => e.kind === 'conflict' || e.kind === 'notFound')).toBe(true);
    expect(await db.evaluationResponse.count({ where: { questionnaireId: questionnaire.id } })).toBe(1);
    expect(await db.evaluationAnswer.count({ where: { questionId: question.id } })).toBe(1);
  }, 240_000);
});
