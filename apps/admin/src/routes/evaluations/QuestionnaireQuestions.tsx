import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { EVALUATION_QUESTION_KINDS, type EvaluationQuestionKind, QUESTIONNAIRE_LIMITS } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import { moved } from './guide-editing.ts';
import { QuestionEditor, questionIds } from './QuestionEditor.tsx';
import { type QuestionDraft, newQuestion, optionsOf, toDrafts, toInput } from './questionnaire-editing.ts';
import { type QuestionnairePartProps, useQuestionnaireInvalidation } from './use-questionnaire.ts';

const addButtonId = (kind: EvaluationQuestionKind) => `questionnaire-add-${kind}`;

/** The questions: the builder while the questionnaire is a draft, the fixed list after it is opened. */
export function QuestionnaireQuestions(props: QuestionnairePartProps) {
  const { t } = useI18n();
  const { questionnaire: q } = props;
  return (
    <Section title={t('evaluations.admin.questionnaire.questions.title')}>
      {q.status === 'draft' ? (
        <QuestionBuilder {...props} />
      ) : (
        <>
          {q.status === 'open' ? (
            <Paragraph>{t('evaluations.admin.questionnaire.questions.lockedNote')}</Paragraph>
          ) : null}
          <QuestionList questions={q.questions} />
        </>
      )}
    </Section>
  );
}

function QuestionBuilder({ questionnaire: q, onStatus }: QuestionnairePartProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invalidate = useQuestionnaireInvalidation();
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => toDrafts(q.questions));
  const focusAfter = useRef<string | null>(null);
  // The questions as sent: the ids that come back belong to them, whatever was edited meanwhile.
  const sentKeys = useRef<string[]>([]);
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  const save = useMutation(
    trpc.evaluations.saveQuestions.mutationOptions({
      onSuccess: async ({ questionIds: saved }) => {
        const idOf = new Map(sentKeys.current.map((key, i) => [key, saved[i]]));
        setDrafts((list) => list.map((d) => (idOf.has(d.key) ? { ...d, id: idOf.get(d.key) } : d)));
        await invalidate();
        onStatus(t('evaluations.admin.questionnaire.questions.saved'));
      },
    }),
  );
  const errors = useMemo(() => (save.error ? describeError(save.error, t).fieldErrors : {}), [save.error, t]);

  const update = (next: QuestionDraft[], focusId?: string) => {
    focusAfter.current = focusId ?? null;
    setDrafts(next);
    onStatus(null);
  };
  const labels = useMemo(() => {
    const text = t('evaluations.admin.questionnaire.question.text');
    const options = t('evaluations.admin.questionnaire.question.options');
    const entries: Array<[string, string]> = [['questions', t('evaluations.admin.questionnaire.questions.title')]];
    drafts.forEach((d, i) => {
      const name = t('evaluations.admin.questionnaire.question.name', { n: i + 1 });
      entries.push([`questions.${i}`, name], [`questions.${i}.text`, `${name}, ${text}`]);
      entries.push([`questions.${i}.options`, `${name}, ${options}`]);
      d.options.forEach((_, k) =>
        entries.push([
          `questions.${i}.options.${k}`,
          `${name}, ${t('evaluations.admin.questionnaire.question.option', { n: k + 1 })}`,
        ]),
      );
    });
    return Object.fromEntries(entries);
  }, [drafts, t]);
  // An error on a question's options as a whole goes to its first option; on the list, to «add».
  const idFor = (field: string) => {
    const match = /^questions\.(\d+)(?:\.(text|options)(?:\.(\d+))?)?/.exec(field);
    if (!match) return addButtonId(EVALUATION_QUESTION_KINDS[0]);
    const ids = questionIds(Number(match[1]));
    return match[2] === 'options' ? ids.option(Number(match[3] ?? 0)) : ids.text;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    onStatus(null);
    sentKeys.current = drafts.map((d) => d.key);
    save.mutate({ questionnaireId: q.id, questions: toInput(drafts) });
  };

  return (
    <form onSubmit={submit} noValidate className="kp-stack">
      <Paragraph>{t('evaluations.admin.questionnaire.questions.draftNote')}</Paragraph>
      <FormErrors error={save.error} order={['questions']} labels={labels} idFor={idFor} />
      {drafts.length === 0 ? <Paragraph>{t('evaluations.admin.questionnaire.questions.empty')}</Paragraph> : null}
      <ol className="kp-questions">
        {drafts.map((d, i) => (
          <QuestionEditor
            key={d.key}
            question={d}
            index={i}
            count={drafts.length}
            errors={errors}
            onChange={(next, focusId) =>
              update(
                drafts.map((x, j) => (j === i ? next : x)),
                focusId,
              )
            }
            onMove={(by) => update(moved(drafts, i, by), questionIds(i + by).text)}
            onRemove={() => {
              const rest = drafts.filter((_, j) => j !== i);
              const focus =
                rest.length === 0
                  ? addButtonId(EVALUATION_QUESTION_KINDS[0])
                  : questionIds(Math.min(i, rest.length - 1)).text;
              update(rest, focus);
            }}
          />
        ))}
      </ol>
      <div className="kp-row-actions">
        {EVALUATION_QUESTION_KINDS.map((kind) => (
          <Button
            key={kind}
            id={addButtonId(kind)}
            type="button"
            variant="secondary"
            disabled={drafts.length >= QUESTIONNAIRE_LIMITS.questions}
            onClick={() => update([...drafts, newQuestion(kind)], questionIds(drafts.length).text)}
          >
            {t('evaluations.admin.questionnaire.questions.add', { kind: t(`evaluations.questionnaire.kind.${kind}`) })}
          </Button>
        ))}
      </div>
      <div>
        <Button type="submit" aria-disabled={save.isPending || undefined}>
          {t('evaluations.admin.questionnaire.questions.save')}
        </Button>
      </div>
    </form>
  );
}

/** The questions as they stand once the questionnaire is open: text, kind, options or scale ends, required. */
function QuestionList({ questions }: { questions: QuestionnairePartProps['questionnaire']['questions'] }) {
  const { t } = useI18n();
  if (questions.length === 0) return <Paragraph>{t('evaluations.admin.questionnaire.questions.empty')}</Paragraph>;
  return (
    <ol className="kp-questions kp-questions--fixed">
      {questions.map((question) => {
        const options = optionsOf(question.options);
        return (
          <li key={question.id} className="kp-stack">
            <Paragraph>{question.text}</Paragraph>
            <Paragraph data-size="sm">
              {t(`evaluations.questionnaire.kind.${question.kind}`)} ·{' '}
              {t(
                question.required
                  ? 'evaluations.admin.questionnaire.question.required'
                  : 'evaluations.admin.questionnaire.question.optional',
              )}
              {question.kind === 'scale'
                ? ` · ${t('evaluations.admin.questionnaire.question.scaleEnds', { low: options[0] ?? '', high: options[1] ?? '' })}`
                : null}
            </Paragraph>
            {question.kind === 'single' || question.kind === 'multiple' ? (
              <ul>
                {options.map((o, k) => (
                  <li key={k}>{o}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
