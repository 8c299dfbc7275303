import { useMemo, useState } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { COLLECTION_LIMITS, findReidentifyingPassages } from '@knutepunkt/domain';
import { TextArea, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { httpStatusOf } from '../../trpc.ts';
import { formatClock } from './collection-format.ts';
import { type NoteSaveFailure, type NoteSaveResult, type NoteSaveStatus, useAutosave } from './use-autosave.ts';

export interface NoteFieldProps {
  /** Unique on the page: the textarea's id. */
  id: string;
  /** The guide question, as the field's label. */
  question: string;
  initialText: string;
  /** The stored revision (0: no note yet). */
  initialRevision: number;
  readOnly: boolean;
  save: (text: string, revision: number, warningShown: boolean) => Promise<NoteSaveResult>;
  onReload: () => void;
}

function StatusText({ status }: { status: NoteSaveStatus }) {
  const { t, locale } = useI18n();
  switch (status.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <>{t('evaluations.web.notes.status.saving')}</>;
    case 'saved':
      return <>{t('evaluations.web.notes.status.saved', { time: formatClock(status.at, locale) })}</>;
    case 'retrying':
      return <>{t('evaluations.web.notes.status.retrying')}</>;
    case 'failed':
      return <>{t('evaluations.web.notes.status.failed', { message: status.message })}</>;
    case 'conflict':
      return null;
  }
}

/**
 * One note, answering one guide question (docs/adr/0025): a textarea that saves as the person
 * writes (use-autosave.ts), a polite status line beside it, and the re-identification check run
 * in the browser on every change: the words it finds and their kinds are listed next to the
 * field in a polite live region. A warning, never a block; the next save tells the server it was
 * shown, and the server records whether the warned passage was kept. On a conflict the text
 * stays in the box and saving stops, so nothing the person wrote is lost or overwritten.
 */
export function NoteField({ id, question, initialText, initialRevision, readOnly, save, onReload }: NoteFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(initialText);
  const hits = useMemo(() => findReidentifyingPassages(text), [text]);
  const autosave = useAutosave({
    revision: initialRevision,
    text: initialText,
    save,
    classify: (error): NoteSaveFailure => {
      const status = httpStatusOf(error);
      const message = errorMessage(error, t);
      if (status === 409) return { kind: 'conflict', message };
      // No answer, or the server's own fault: worth trying again. A refusal (4xx) is not.
      if (status === undefined || status >= 500 || status === 429) return { kind: 'retry', message };
      return { kind: 'failed', message };
    },
  });
  const { status } = autosave;
  const statusId = `${id}-status`;
  const warningId = `${id}-warning`;

  return (
    <div className="kp-stack">
      <TextArea
        id={id}
        name={id}
        label={question}
        value={text}
        rows={5}
        readOnly={readOnly}
        maxLength={COLLECTION_LIMITS.note}
        aria-describedby={`${statusId} ${warningId}`}
        onChange={(e) => {
          setText(e.target.value);
          autosave.change(e.target.value, findReidentifyingPassages(e.target.value).length > 0);
        }}
        onBlur={() => void autosave.flush()}
      />
      {/* Polite: «Lagrer…», «Lagret kl. 14.32» are read out when the person pauses, never interrupting. */}
      <p id={statusId} role="status" aria-live="polite">
        <StatusText status={status} />
      </p>
      <div id={warningId} aria-live="polite">
        {hits.length > 0 ? (
          <Alert data-color="warning" data-size="sm">
            <Paragraph data-size="sm">{t('evaluations.web.notes.warning')}</Paragraph>
            <ul>
              {hits.map((hit) => (
                <li key={`${hit.start}-${hit.kind}`}>
                  {t('evaluations.web.notes.hit', { text: hit.text, kind: t(`evaluations.web.reid.${hit.kind}`) })}
                </li>
              ))}
            </ul>
            <Paragraph data-size="sm">{t('evaluations.web.notes.warningHelp')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {status.kind === 'conflict' ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{status.message}</Paragraph>
          <Button type="button" variant="secondary" onClick={onReload}>
            {t('evaluations.web.notes.reload')}
          </Button>
        </Alert>
      ) : null}
    </div>
  );
}
