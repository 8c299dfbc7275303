import { useState } from 'react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { Markdown, useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';
import {
  type AnalysisFinding,
  type AnalysisTheme,
  useAfterDelete,
  useAnalysisPage,
  useRefreshAnalysis,
} from './analysis-context.ts';
import { FindingForm, NoteLabel, ThemeForm } from './AnalysisForms.tsx';
import { DeleteItemDialog, ItemActions } from './AnalysisItemActions.tsx';
import { QuoteList } from './AnalysisQuotes.tsx';

/** One theme: its heading and buttons (edit, move, delete), its findings, and a form for the next. */
export function ThemeSection({ theme, first, last }: { theme: AnalysisTheme; first: boolean; last: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { mayEdit } = useAnalysisPage();
  const refresh = useRefreshAnalysis();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const headingId = `tema-${theme.id}`;
  const move = useMutation(trpc.evaluations.moveTheme.mutationOptions({ onSuccess: () => refresh() }));
  const afterDelete = useAfterDelete(() => setDeleting(false));
  const remove = useMutation(trpc.evaluations.deleteTheme.mutationOptions({ onSuccess: afterDelete }));
  const title = theme.title;
  return (
    <section className="kp-card kp-stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      {editing ? (
        <ThemeForm theme={theme} onDone={() => setEditing(false)} />
      ) : (
        <>
          {theme.description ? <Paragraph>{theme.description}</Paragraph> : null}
          {mayEdit ? (
            <ItemActions
              name={title}
              editLabel={t('evaluations.web.analysis.editTheme', { title })}
              deleteLabel={t('evaluations.web.analysis.deleteTheme', { title })}
              first={first}
              last={last}
              moving={move.isPending}
              onEdit={() => setEditing(true)}
              onMove={(direction) => move.mutate({ themeId: theme.id, direction })}
              onDelete={() => setDeleting(true)}
            />
          ) : null}
        </>
      )}
      <Heading level={3} data-size="xs">
        {t('evaluations.web.analysis.findings')}
      </Heading>
      {theme.findings.length === 0 ? <Paragraph>{t('evaluations.web.analysis.noFindings')}</Paragraph> : null}
      <ol className="kp-stack">
        {theme.findings.map((finding, i) => (
          <FindingItem
            key={finding.id}
            themeId={theme.id}
            finding={finding}
            n={i + 1}
            last={i === theme.findings.length - 1}
          />
        ))}
      </ol>
      {mayEdit ? (
        <details>
          <summary>{t('evaluations.web.analysis.addFinding')}</summary>
          <FindingForm themeId={theme.id} />
        </details>
      ) : null}
      {deleting ? (
        <DeleteItemDialog
          label={t('evaluations.web.analysis.deleteTheme', { title })}
          mutation={remove}
          onConfirm={() => remove.mutate({ themeId: theme.id })}
          onCancel={() => setDeleting(false)}
        >
          {t('evaluations.web.analysis.deleteThemeText')}
        </DeleteItemDialog>
      ) : null}
    </section>
  );
}

function FindingItem({
  themeId,
  finding,
  n,
  last,
}: {
  themeId: string;
  finding: AnalysisFinding;
  n: number;
  last: boolean;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { mayEdit, language } = useAnalysisPage();
  const refresh = useRefreshAnalysis();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const move = useMutation(trpc.evaluations.moveFinding.mutationOptions({ onSuccess: () => refresh() }));
  const afterDelete = useAfterDelete(() => setDeleting(false));
  const remove = useMutation(trpc.evaluations.deleteFinding.mutationOptions({ onSuccess: afterDelete }));
  return (
    <li className="kp-stack">
      <Heading level={4} data-size="2xs">
        {t('evaluations.web.analysis.finding', { n })}{' '}
        <Tag data-color={finding.shared ? 'success' : 'neutral'}>
          {finding.shared ? t('evaluations.web.analysis.sharedYes') : t('evaluations.web.analysis.sharedNo')}
        </Tag>
      </Heading>
      {editing ? (
        <FindingForm themeId={themeId} finding={finding} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Markdown source={finding.text} lang={language} />
          {finding.notes.length > 0 ? (
            <details>
              <summary>
                {t('evaluations.web.analysis.supportingNotes')} ({finding.notes.length})
              </summary>
              <ul className="kp-stack">
                {finding.notes.map((note) => (
                  <li key={note.id}>
                    <strong>
                      <NoteLabel note={note} />
                    </strong>
                    <Paragraph data-size="sm">{note.text}</Paragraph>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {mayEdit ? (
            <ItemActions
              name={t('evaluations.web.analysis.finding', { n })}
              editLabel={t('evaluations.web.analysis.editFinding', { n })}
              deleteLabel={t('evaluations.web.analysis.deleteFinding', { n })}
              first={n === 1}
              last={last}
              moving={move.isPending}
              onEdit={() => setEditing(true)}
              onMove={(direction) => move.mutate({ findingId: finding.id, direction })}
              onDelete={() => setDeleting(true)}
            />
          ) : null}
        </>
      )}
      <QuoteList finding={finding} />
      {deleting ? (
        <DeleteItemDialog
          label={t('evaluations.web.analysis.deleteFinding', { n })}
          mutation={remove}
          onConfirm={() => remove.mutate({ findingId: finding.id })}
          onCancel={() => setDeleting(false)}
        >
          {t('evaluations.web.analysis.deleteFindingText')}
        </DeleteItemDialog>
      ) : null}
    </li>
  );
}
