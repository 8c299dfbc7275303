import { randomUUID } from 'node:crypto';
import type { Db, Prisma } from '@knutepunkt/db';
import { type RawDataKeyring, sealRaw } from './cipher.ts';

/**
 * A questionnaire with its answers, written in bulk: for the results' tests and the benchmark
 * (tooling/bench/src/evaluation-results.ts). Not used by the app: responses arrive one by one.
 */
export interface SeedQuestion {
  kind: 'single' | 'multiple' | 'scale' | 'text';
  text: string;
  options?: string[];
}

/** Per response, one answer per question in order: an option index (single), indexes (multiple), 1–5 (scale), text, or null. */
export type SeedAnswer = number | number[] | string | null;

export async function seedQuestionnaireWithAnswers(
  db: Db,
  keyring: RawDataKeyring,
  input: { questions: SeedQuestion[]; breakdown?: number; responses: SeedAnswer[][] },
): Promise<{ evaluationId: string; questionnaireId: string; questionIds: string[] }> {
  const suffix = randomUUID().slice(0, 8);
  const network = await db.network.create({ data: { slug: `bsb-results-${suffix}`, name: 'Resultatnettverket' } });
  const evaluation = await db.evaluation.create({
    data: { slug: `bsb-results-${suffix}`, title: 'Resultater', networkId: network.id, phase: 'analysis' },
  });
  const questionnaire = await db.evaluationQuestionnaire.create({
    data: { evaluationId: evaluation.id, title: 'Spørreskjema', status: 'closed' },
  });
  const questionIds: string[] = [];
  for (const [position, q] of input.questions.entries()) {
    const created = await db.evaluationQuestion.create({
      data: { questionnaireId: questionnaire.id, position, kind: q.kind, text: q.text, options: q.options ?? [] },
    });
    questionIds.push(created.id);
  }
  if (input.breakdown !== undefined) {
    await db.evaluationQuestionnaire.update({
      where: { id: questionnaire.id },
      data: { breakdownQuestionId: questionIds[input.breakdown]! },
    });
  }
  // In batches, so 5 000 responses do not make one statement with a hundred thousand parameters.
  for (let from = 0; from < input.responses.length; from += 500) {
    const batch = input.responses.slice(from, from + 500).map((answers) => ({ id: randomUUID(), answers }));
    await db.evaluationResponse.createMany({
      data: batch.map((r) => ({
        id: r.id,
        questionnaireId: questionnaire.id,
        mode: 'paper',
        receivedOn: '2026-10-12',
      })),
    });
    await db.evaluationAnswer.createMany({
      data: batch.flatMap((r) =>
        r.answers.flatMap((answer, i): Prisma.EvaluationAnswerCreateManyInput[] => {
          if (answer === null) return [];
          const kind = input.questions[i]!.kind;
          const base = { responseId: r.id, questionId: questionIds[i]! };
          if (kind === 'text') return [{ ...base, text: sealRaw(keyring, String(answer)) }];
          if (kind === 'scale') return [{ ...base, scale: Number(answer) }];
          return [{ ...base, choices: Array.isArray(answer) ? answer : [Number(answer)] }];
        }),
      ),
    });
  }
  return { evaluationId: evaluation.id, questionnaireId: questionnaire.id, questionIds };
}
