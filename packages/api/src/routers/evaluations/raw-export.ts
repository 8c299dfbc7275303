import type { Db } from '@knutepunkt/db';
import {
  type GuideTheme,
  type Locale,
  UserError,
  retentionEndsAt,
  toCsv,
  translate,
  utcToOslo,
} from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw, requireKeyring } from './cipher.ts';
import { recordRawReads } from './raw-reads.ts';
import type { EvaluationInScope } from './scope.ts';
import { osloDate, osloDateTime } from './privacy.ts';

export interface ExportFile {
  name: string;
  content: string;
}

/** A code as a file name: codes are short and the team's own, but a file name must not climb out of `notater/`. */
const safeName = (code: string) => code.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || '_';

/**
 * The team's raw data of one evaluation as files for the lead's zip (docs/adr/0025): the
 * interviews with their consents (`intervjuer.csv`), each interview's notes under the guide's
 * questions (`notater/<code>.md`), each questionnaire's responses (`sporreskjema-<n>.csv`,
 * choices by their text) and a README that says this is personal data and when Knutepunkt
 * deletes it. One raw read of kind `export` is recorded before anything is opened. The caller
 * decides access (the export route: the lead, or an admin during «break the glass»).
 */
export async function buildRawExport(
  db: Db,
  keyring: RawDataKeyring | null,
  evaluation: EvaluationInScope,
  reader: { id: string; name: string },
  locale: Locale,
  now = new Date(),
): Promise<ExportFile[]> {
  const keys = requireKeyring(keyring);
  if (evaluation.rawDataDeletedAt) throw new UserError('conflict', 'evaluations.rawExport.deleted');
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(locale, key, params);
  await recordRawReads(db, reader.id, evaluation, 'export', [evaluation.id]);

  const [interviews, questionnaires] = await Promise.all([
    db.evaluationInterview.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: [{ heldOn: 'asc' }, { code: 'asc' }],
      select: {
        code: true,
        kind: true,
        heldOn: true,
        participants: true,
        consentById: true,
        consentAt: true,
        consentVersion: true,
        guideVersion: { select: { themes: true } },
        notes: { select: { questionKey: true, body: true } },
      },
    }),
    db.evaluationQuestionnaire.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: { createdAt: 'asc' },
      select: {
        title: true,
        questions: { orderBy: { position: 'asc' }, select: { id: true, kind: true, text: true, options: true } },
        responses: {
          orderBy: [{ receivedOn: 'asc' }, { id: 'asc' }],
          select: {
            mode: true,
            receivedOn: true,
            answers: { select: { questionId: true, choices: true, scale: true, text: true } },
          },
        },
      },
    }),
  ]);
  const names = new Map(
    (
      await db.user.findMany({
        where: { id: { in: interviews.flatMap((i) => (i.consentById ? [i.consentById] : [])) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );

  const files: ExportFile[] = [];
  const ends = evaluation.publishedAt ? retentionEndsAt(evaluation.publishedAt, evaluation.retentionMonths) : null;
  files.push({
    name: 'README.md',
    content: t('evaluations.rawExport.readme', {
      title: evaluation.title,
      at: osloDateTime(locale, now),
      by: reader.name,
      deletion: ends
        ? t('evaluations.rawExport.deletionOn', { date: osloDate(locale, ends) })
        : t('evaluations.rawExport.deletionAfter', { months: String(evaluation.retentionMonths) }),
    }),
  });
  files.push({
    name: 'intervjuer.csv',
    content: toCsv([
      ['code', 'kind', 'date', 'participants', 'consentBy', 'consentAt', 'consentVersion'].map((c) =>
        t(`evaluations.rawExport.col.${c}` as Parameters<typeof translate>[1]),
      ),
      ...interviews.map((i) => [
        i.code,
        t(`evaluations.rawExport.kind.${i.kind}`),
        i.heldOn,
        i.participants,
        i.consentById ? (names.get(i.consentById) ?? '') : '',
        i.consentAt ? `${utcToOslo(i.consentAt).date} ${utcToOslo(i.consentAt).time}` : '',
        i.consentVersion,
      ]),
    ]),
  });
  for (const interview of interviews) {
    const notes = new Map(interview.notes.map((n) => [n.questionKey, openRaw(keys, n.body)]));
    const lines = [t('evaluations.rawExport.notesTitle', { code: interview.code, date: interview.heldOn }), ''];
    for (const theme of interview.guideVersion.themes as unknown as GuideTheme[]) {
      lines.push(`## ${theme.title}`, '');
      for (const question of theme.questions) {
        lines.push(`### ${question.text}`, '', notes.get(question.key) ?? t('evaluations.rawExport.noNote'), '');
        notes.delete(question.key);
      }
    }
    // A note under a question the guide no longer has is still the team's data: kept, under its key.
    for (const [key, text] of notes) lines.push(`### ${key}`, '', text, '');
    files.push({ name: `notater/${safeName(interview.code)}.md`, content: lines.join('\n') });
  }
  questionnaires.forEach((questionnaire, index) => {
    const header = [
      t('evaluations.rawExport.col.response'),
      t('evaluations.rawExport.col.mode'),
      t('evaluations.rawExport.col.receivedOn'),
    ];
    const rows = questionnaire.responses.map((response, n) => {
      const byQuestion = new Map(response.answers.map((a) => [a.questionId, a]));
      return [
        n + 1,
        t(`evaluations.rawExport.mode.${response.mode}`),
        response.receivedOn,
        ...questionnaire.questions.map((q) => {
          const answer = byQuestion.get(q.id);
          if (!answer) return '';
          if (answer.text) return openRaw(keys, answer.text);
          if (answer.scale !== null) return answer.scale;
          return answer.choices.map((c) => q.options[c] ?? String(c)).join('; ');
        }),
      ];
    });
    files.push({
      name: `sporreskjema-${index + 1}.csv`,
      content: toCsv([[...header, ...questionnaire.questions.map((q) => q.text)], ...rows]),
    });
  });
  return files;
}
