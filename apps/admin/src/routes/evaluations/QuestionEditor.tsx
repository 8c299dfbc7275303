import { Button, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { EVALUATION_QUESTION_KINDS, type EvaluationQuestionKind, QUESTIONNAIRE_LIMITS } from '@knutepunkt/domain';
import { CheckboxField, SelectField, TextArea, TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { moved } from './guide-editing.ts';
import { type QuestionDraft, isChoice, withKind } from './questionnaire-editing.ts';

/** The ids of a question's inputs: by its place in the list, as the server names its errors (`questions.2.text`). */
export const questionIds = (index: number) => ({
  text: fieldId(`questions.${index}.text`),
  option: (k: number) => fieldId(`questions.${index}.options.${k}`),
});

export interface QuestionEditorProps {
  question: QuestionDraft;
  index: number;
  count: number;
  /** The server's messages for this form, by field (`questions.2.options.0`). */
  errors: Record<string, string>;
  onChange: (question: QuestionDraft, focusId?: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * One question of the builder, in its own fieldset named «Spørsmål n»: the kind of answer, the
 * text, the options of a choice (added, removed and moved with buttons) or a scale's two end
 * labels, and whether it must be answered. Every button says what it acts on.
 */
export function QuestionEditor({ question: q, index, count, errors, onChange, onMove, onRemove }: QuestionEditorProps) {
  const { t } = useI18n();
  const name = t('evaluations.admin.questionnaire.question.name', { n: index + 1 });
  const ids = questionIds(index);
  const base = `questions.${index}`;
  const setOptions = (options: string[], focusId?: string) => onChange({ ...q, options }, focusId);
  const { min, max } = QUESTIONNAIRE_LIMITS.options;

  return (
    <li className="kp-question">
      <Fieldset>
        <Fieldset.Legend>{name}</Fieldset.Legend>
        <SelectField
          name={`${base}.kind`}
          label={t('evaluations.admin.questionnaire.question.kind')}
          placeholder={false}
          value={q.kind}
          onChange={(e) => onChange(withKind(q, e.target.value as EvaluationQuestionKind))}
          options={EVALUATION_QUESTION_KINDS.map((k) => ({
            value: k,
            label: t(`evaluations.questionnaire.kind.${k}`),
          }))}
          error={errors[`${base}.kind`]}
        />
        <TextArea
          id={ids.text}
          name={`${base}.text`}
          label={t('evaluations.admin.questionnaire.question.text')}
          required
          rows={2}
          value={q.text}
          onChange={(e) => onChange({ ...q, text: e.target.value })}
          error={errors[`${base}.text`]}
        />
        {isChoice(q.kind) ? (
          <Fieldset aria-invalid={errors[`${base}.options`] ? true : undefined}>
            <Fieldset.Legend>{t('evaluations.admin.questionnaire.question.options')}</Fieldset.Legend>
            <ol className="kp-question__options">
              {q.options.map((option, k) => {
                const optionName = t('evaluations.admin.questionnaire.optionOf', { n: k + 1, name });
                return (
                  <li key={k} className="kp-stack">
                    <TextField
                      id={ids.option(k)}
                      name={`${base}.options.${k}`}
                      label={t('evaluations.admin.questionnaire.question.option', { n: k + 1 })}
                      required
                      value={option}
                      onChange={(e) => setOptions(q.options.map((o, m) => (m === k ? e.target.value : o)))}
                      error={errors[`${base}.options.${k}`]}
                    />
                    <div className="kp-row-actions">
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        disabled={k === 0}
                        onClick={() => setOptions(moved(q.options, k, -1), ids.option(k - 1))}
                      >
                        {t('evaluations.admin.questionnaire.moveUp', { name: optionName })}
                      </Button>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        disabled={k === q.options.length - 1}
                        onClick={() => setOptions(moved(q.options, k, 1), ids.option(k + 1))}
                      >
                        {t('evaluations.admin.questionnaire.moveDown', { name: optionName })}
                      </Button>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        disabled={q.options.length <= min}
                        onClick={() =>
                          setOptions(
                            q.options.filter((_, m) => m !== k),
                            ids.option(Math.max(0, k - 1)),
                          )
                        }
                      >
                        {t('evaluations.admin.questionnaire.remove', { name: optionName })}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ol>
            {errors[`${base}.options`] ? <ValidationMessage>{errors[`${base}.options`]}</ValidationMessage> : null}
            <div>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                disabled={q.options.length >= max}
                onClick={() => setOptions([...q.options, ''], ids.option(q.options.length))}
              >
                {t('evaluations.admin.questionnaire.question.addOption', { name })}
              </Button>
            </div>
          </Fieldset>
        ) : null}
        {q.kind === 'scale' ? (
          <>
            {(['scaleLow', 'scaleHigh'] as const).map((end, k) => (
              <TextField
                key={end}
                id={ids.option(k)}
                name={`${base}.options.${k}`}
                label={t(`evaluations.admin.questionnaire.question.${end}`)}
                required
                value={q.options[k] ?? ''}
                onChange={(e) => setOptions([0, 1].map((m) => (m === k ? e.target.value : (q.options[m] ?? ''))))}
                error={errors[`${base}.options.${k}`]}
              />
            ))}
            {errors[`${base}.options`] ? <ValidationMessage>{errors[`${base}.options`]}</ValidationMessage> : null}
          </>
        ) : null}
        <CheckboxField
          name={`${base}.required`}
          label={t('evaluations.admin.questionnaire.question.required')}
          checked={q.required}
          onChange={(e) => onChange({ ...q, required: e.target.checked })}
        />
        <div className="kp-row-actions">
          <Button type="button" variant="tertiary" disabled={index === 0} onClick={() => onMove(-1)}>
            {t('evaluations.admin.questionnaire.moveUp', { name })}
          </Button>
          <Button type="button" variant="tertiary" disabled={index === count - 1} onClick={() => onMove(1)}>
            {t('evaluations.admin.questionnaire.moveDown', { name })}
          </Button>
          <Button type="button" variant="tertiary" data-color="danger" onClick={onRemove}>
            {t('evaluations.admin.questionnaire.remove', { name })}
          </Button>
        </div>
      </Fieldset>
    </li>
  );
}
