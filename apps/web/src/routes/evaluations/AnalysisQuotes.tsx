import { type FormEvent, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { ANALYSIS_LIMITS } from '@knutepunkt/domain';
import { ConfirmDialog, SelectField, TextArea, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useTRPC } from '../../trpc.ts';
import {
  type AnalysisFinding,
  type AnalysisQuote,
  useAfterSave,
  useAnalysisPage,
  useRefreshAnalysis,
} from './analysis-context.ts';

/** A finding's quotes, each with its check in words, and a way to add one from a note. */
export function QuoteList({ finding }: { finding: AnalysisFinding }) {
  const { t } = useI18n();
  const { mayEdit } = useAnalysisPage();
  return (
    <div className="kp-stack">
      <Heading level={5} data-size="2xs">
        {t('evaluations.web.analysis.quotes')}
      </Heading>
      {finding.quotes.length === 0 ? (
        <Paragraph data-size="sm">{t('evaluations.web.analysis.noQuotes')}</Paragraph>
      ) : null}
      <ul className="kp-stack">
        {finding.quotes.map((quote, i) => (
          <QuoteItem key={quote.id} quote={quote} n={i + 1} />
        ))}
      </ul>
      {mayEdit ? (
        <details>
          <summary>{t('evaluations.web.analysis.addQuote')}</summary>
          <QuoteForm findingId={finding.id} />
        </details>
      ) : null}
    </div>
  );
}

function QuoteItem({ quote, n }: { quote: AnalysisQuote; n: number }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { mayEdit, isLead } = useAnalysisPage();
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'override' | null>(null);
  const [reason, setReason] = useState('');
  const done = useAfterSave(() => setDialog(null));
  const update = useMutation(trpc.evaluations.updateQuote.mutationOptions({ onSuccess: done }));
  const remove = useMutation(trpc.evaluations.deleteQuote.mutationOptions({ onSuccess: done }));
  const override = useMutation(trpc.evaluations.overrideQuote.mutationOptions({ onSuccess: done }));
  const kinds = quote.checkKinds.map((k) => t(`evaluations.web.analysis.kind.${k as 'name'}`)).join(', ');
  const submitEdit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ quoteId: quote.id, text: String(new FormData(event.currentTarget).get('text') ?? '') });
  };
  return (
    <li className="kp-stack">
      {dialog === 'edit' ? (
        <form className="kp-stack kp-form" onSubmit={submitEdit} noValidate>
          <FormStatus failure={update.error ? errorMessage(update.error, t) : null} />
          <TextArea
            id={`sitat-${quote.id}-text`}
            name="text"
            label={t('evaluations.web.analysis.editQuote', { n })}
            defaultValue={quote.text}
            maxLength={ANALYSIS_LIMITS.quote}
            required
          />
          <div className="kp-actions">
            <Button type="submit" loading={update.isPending}>
              {t('evaluations.web.analysis.saveQuote')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDialog(null)}>
              {t('evaluations.web.analysis.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <blockquote>
          <Paragraph>«{quote.text}»</Paragraph>
        </blockquote>
      )}
      <Paragraph data-size="sm">
        <strong>{t(`evaluations.analysis.check.${quote.check}`)}</strong>
        {kinds ? ` ${t('evaluations.web.analysis.checkFound', { kinds })}` : null}
      </Paragraph>
      {quote.check === 'overridden' && quote.overrideAt ? (
        <Paragraph data-size="sm">
          {t('evaluations.web.analysis.overriddenBecause', {
            date: formatDate(quote.overrideAt, locale),
            reason: quote.overrideReason ?? '',
          })}
        </Paragraph>
      ) : null}
      {mayEdit && dialog !== 'edit' ? (
        <div className="kp-actions">
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setDialog('edit')}>
            {t('evaluations.web.analysis.editQuote', { n })}
          </Button>
          {isLead && quote.check === 'flagged' ? (
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setDialog('override')}>
              {t('evaluations.web.analysis.override')}
            </Button>
          ) : null}
          <Button
            type="button"
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            onClick={() => setDialog('delete')}
          >
            {t('evaluations.web.analysis.deleteQuote', { n })}
          </Button>
        </div>
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={t('evaluations.web.analysis.deleteQuote', { n })}
          confirmLabel={t('evaluations.web.analysis.deleteQuote', { n })}
          danger
          pending={remove.isPending}
          error={remove.error ? errorMessage(remove.error, t) : null}
          onConfirm={() => remove.mutate({ quoteId: quote.id })}
          onCancel={() => setDialog(null)}
        >
          {t('evaluations.web.analysis.deleteQuoteText')}
        </ConfirmDialog>
      ) : null}
      {dialog === 'override' ? (
        <ConfirmDialog
          title={t('evaluations.web.analysis.overrideTitle', { n })}
          confirmLabel={t('evaluations.web.analysis.override')}
          pending={override.isPending}
          error={override.error ? errorMessage(override.error, t) : null}
          onConfirm={() => override.mutate({ quoteId: quote.id, reason })}
          onCancel={() => setDialog(null)}
        >
          <Paragraph>{t('evaluations.web.analysis.overrideText')}</Paragraph>
          <TextArea
            id={`sitat-${quote.id}-reason`}
            name="reason"
            label={t('evaluations.web.analysis.overrideReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={ANALYSIS_LIMITS.overrideReason}
            required
          />
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

/** A new quote: pasted, or selected in the chosen note and taken with «Bruk markert tekst». */
function QuoteForm({ findingId }: { findingId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { notes, say } = useAnalysisPage();
  const refresh = useRefreshAnalysis();
  const [noteId, setNoteId] = useState('');
  const [text, setText] = useState('');
  const prefix = `sitat-ny-${findingId}`;
  const note = notes.find((n) => n.id === noteId);
  const add = useMutation(
    trpc.evaluations.addQuote.mutationOptions({
      onSuccess: async (quote) => {
        await refresh();
        setText('');
        say(`${t('evaluations.web.analysis.saved')} ${t(`evaluations.analysis.check.${quote.check}`)}`);
      },
    }),
  );
  const takeSelection = () => {
    const selected = window.getSelection();
    const region = document.getElementById(`${prefix}-note`);
    if (!selected || !region || !selected.anchorNode || !region.contains(selected.anchorNode)) return;
    const words = selected.toString().trim();
    if (words) setText(words);
    document.getElementById(`${prefix}-text`)?.focus();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate({ findingId, noteId: noteId || null, text });
  };
  return (
    <form className="kp-stack kp-form" onSubmit={submit} noValidate>
      <FormStatus failure={add.error ? errorMessage(add.error, t) : null} />
      <SelectField
        id={`${prefix}-from`}
        name="noteId"
        label={t('evaluations.web.analysis.quoteFrom')}
        placeholder={false}
        value={noteId}
        onChange={(e) => setNoteId(e.currentTarget.value)}
        options={[
          { value: '', label: t('evaluations.web.analysis.quoteFromNone') },
          ...notes.map((n) => ({
            value: n.id,
            label: `${n.interviewCode}: ${n.questionText ?? t('evaluations.web.analysis.unknownQuestion')}`,
          })),
        ]}
      />
      {note ? (
        <div className="kp-stack">
          <Heading level={6} data-size="2xs">
            {t('evaluations.web.analysis.noteText')}
          </Heading>
          <Paragraph id={`${prefix}-note`} data-size="sm">
            {note.text}
          </Paragraph>
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={takeSelection}>
              {t('evaluations.web.analysis.useSelection')}
            </Button>
          </div>
        </div>
      ) : null}
      <TextArea
        id={`${prefix}-text`}
        name="text"
        label={t('evaluations.web.analysis.quoteText')}
        description={t('evaluations.web.analysis.quoteTextHint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={ANALYSIS_LIMITS.quote}
        required
      />
      <div>
        <Button type="submit" loading={add.isPending}>
          {t('evaluations.web.analysis.saveQuote')}
        </Button>
      </div>
    </form>
  );
}
