import { type FormEvent, useState } from 'react';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { ANALYSIS_LIMITS } from '@knutepunkt/domain';
import { CheckboxField, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useTRPC } from '../../trpc.ts';
import { type AnalysisFinding, type AnalysisTheme, useAfterSave, useAnalysisPage } from './analysis-context.ts';

/** A new theme, or (with `theme`) a change to one. */
export function ThemeForm({ theme, onDone }: { theme?: AnalysisTheme; onDone?: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { evaluationId } = useAnalysisPage();
  const prefix = `tema-${theme?.id ?? 'ny'}`;
  const save = useMutation(trpc.evaluations.saveTheme.mutationOptions({ onSuccess: useAfterSave(onDone) }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    save.mutate(
      {
        evaluationId,
        themeId: theme?.id ?? null,
        title: String(data.get('title') ?? ''),
        description: String(data.get('description') ?? ''),
      },
      { onSuccess: () => (theme ? undefined : form.reset()) },
    );
  };
  return (
    <form className="kp-stack kp-form" onSubmit={submit} noValidate>
      <FormStatus failure={save.error ? errorMessage(save.error, t) : null} />
      <TextField
        id={`${prefix}-title`}
        name="title"
        label={t('evaluations.web.analysis.themeTitle')}
        defaultValue={theme?.title ?? ''}
        maxLength={ANALYSIS_LIMITS.themeTitle}
        required
      />
      <TextArea
        id={`${prefix}-description`}
        name="description"
        label={t('evaluations.web.analysis.themeDescription')}
        defaultValue={theme?.description ?? ''}
        maxLength={ANALYSIS_LIMITS.themeDescription}
        rows={2}
      />
      <div className="kp-actions">
        <Button type="submit" loading={save.isPending}>
          {theme ? t('evaluations.web.analysis.saveTheme') : t('evaluations.web.analysis.addTheme')}
        </Button>
        {onDone ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('evaluations.web.analysis.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** A new finding in the theme, or a change to one: its words, whether it is shared, and the notes it rests on. */
export function FindingForm({
  themeId,
  finding,
  onDone,
}: {
  themeId: string;
  finding?: AnalysisFinding;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { notes } = useAnalysisPage();
  const prefix = `funn-${finding?.id ?? `ny-${themeId}`}`;
  const [picked, setPicked] = useState<Set<string>>(new Set(finding?.notes.map((n) => n.id) ?? []));
  const save = useMutation(trpc.evaluations.saveFinding.mutationOptions({ onSuccess: useAfterSave(onDone) }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    save.mutate(
      {
        themeId,
        findingId: finding?.id ?? null,
        text: String(data.get('text') ?? ''),
        shared: data.get('shared') === 'on',
        noteIds: [...picked],
      },
      {
        onSuccess: () => {
          if (finding) return;
          form.reset();
          setPicked(new Set());
        },
      },
    );
  };
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <form className="kp-stack kp-form" onSubmit={submit} noValidate>
      <FormStatus failure={save.error ? errorMessage(save.error, t) : null} />
      <TextArea
        id={`${prefix}-text`}
        name="text"
        label={t('evaluations.web.analysis.findingText')}
        description={t('evaluations.web.analysis.findingTextHint')}
        defaultValue={finding?.text ?? ''}
        maxLength={ANALYSIS_LIMITS.finding}
        rows={4}
        required
      />
      <CheckboxField
        id={`${prefix}-shared`}
        name="shared"
        label={t('evaluations.web.analysis.shared')}
        defaultChecked={finding?.shared ?? true}
      />
      <Fieldset>
        <Fieldset.Legend>{t('evaluations.web.analysis.supportingNotes')}</Fieldset.Legend>
        {notes.length === 0 ? <Paragraph>{t('evaluations.web.analysis.noNotes')}</Paragraph> : null}
        {notes.map((note) => (
          <CheckboxField
            key={note.id}
            id={`${prefix}-note-${note.id}`}
            name="noteIds"
            value={note.id}
            label={<NoteLabel note={note} />}
            description={note.text}
            checked={picked.has(note.id)}
            onChange={(e) => toggle(note.id, e.currentTarget.checked)}
          />
        ))}
      </Fieldset>
      <div className="kp-actions">
        <Button type="submit" loading={save.isPending}>
          {finding ? t('evaluations.web.analysis.saveFinding') : t('evaluations.web.analysis.addFinding')}
        </Button>
        {onDone ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('evaluations.web.analysis.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** «G1 (gruppeintervju): Hvordan ble du møtt …» */
export function NoteLabel({
  note,
}: {
  note: { interviewCode: string; interviewKind: 'group' | 'individual'; questionText: string | null };
}) {
  const { t } = useI18n();
  return (
    <>
      {t('evaluations.web.analysis.noteLabel', {
        code: note.interviewCode,
        kind: t(`evaluations.web.analysis.interview.${note.interviewKind}`),
        question: note.questionText ?? t('evaluations.web.analysis.unknownQuestion'),
      })}
    </>
  );
}
