import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog, Markdown, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { useTRPC } from '../../trpc.ts';
import { type AnalysisFinding, type AnalysisTheme, useAnalysisPage, useRefreshAnalysis } from './analysis-context.ts';
import { FindingForm, NoteLabel, ThemeForm } from './AnalysisForms.tsx';
import { QuoteList } from './AnalysisQuotes.tsx';

/** One theme: its heading and buttons (edit, move, delete), its findings, and a form for the next. */
export function ThemeSection({ theme, first, last }: { theme: AnalysisTheme; first: boolean; last: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { mayEdit, say } = useAnalysisPage();
  const refresh = useRefreshAnalysis();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const headingId = `tema-${theme.id}`;
  const move = useMutation(trpc.evaluations.moveTheme.mutationOptions({ onSuccess: () => refresh() }));
  const remove = useMutation(
    trpc.evaluations.deleteTheme.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDeleting(false);
        say(t('evaluations.web.analysis.deleted'));
      },
    }),
  );
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
            <div className="kp-actions">
              <Button type="button" variant="secondary" data-size="sm" onClick={() => setEditing(true)}>
                {t('evaluations.web.analysis.editTheme', { title })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={first || move.isPending}
                onClick={() => move.mutate({ themeId: theme.id, direction: 'up' })}
              >
                {t('evaluations.web.analysis.moveUp', { title })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={last || move.isPending}
                onClick={() => move.mutate({ themeId: theme.id, direction: 'down' })}
              >
                {t('evaluations.web.analysis.moveDown', { title })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => setDeleting(true)}
              >
                {t('evaluations.web.analysis.deleteTheme', { title })}
              </Button>
            </div>
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
        <ConfirmDialog
          title={t('evaluations.web.analysis.deleteTheme', { title })}
          confirmLabel={t('evaluations.web.analysis.deleteTheme', { title })}
          danger
          pending={remove.isPending}
          error={remove.error ? errorMessage(remove.error, t) : null}
          onConfirm={() => remove.mutate({ themeId: theme.id })}
          onCancel={() => setDeleting(false)}
        >
          {t('evaluations.web.analysis.deleteThemeText')}
        </ConfirmDialog>
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
  const { mayEdit, say, language } = useAnalysisPage();
  const refresh = useRefreshAnalysis();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const move = useMutation(trpc.evaluations.moveFinding.mutationOptions({ onSuccess: () => refresh() }));
  const remove = useMutation(
    trpc.evaluations.deleteFinding.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDeleting(false);
        say(t('evaluations.web.analysis.deleted'));
      },
    }),
  );
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
            <div className="kp-actions">
              <Button type="button" variant="secondary" data-size="sm" onClick={() => setEditing(true)}>
                {t('evaluations.web.analysis.editFinding', { n })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={n === 1 || move.isPending}
                onClick={() => move.mutate({ findingId: finding.id, direction: 'up' })}
              >
                {t('evaluations.web.analysis.moveUp', { title: t('evaluations.web.analysis.finding', { n }) })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={last || move.isPending}
                onClick={() => move.mutate({ findingId: finding.id, direction: 'down' })}
              >
                {t('evaluations.web.analysis.moveDown', { title: t('evaluations.web.analysis.finding', { n }) })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => setDeleting(true)}
              >
                {t('evaluations.web.analysis.deleteFinding', { n })}
              </Button>
            </div>
          ) : null}
        </>
      )}
      <QuoteList finding={finding} />
      {deleting ? (
        <ConfirmDialog
          title={t('evaluations.web.analysis.deleteFinding', { n })}
          confirmLabel={t('evaluations.web.analysis.deleteFinding', { n })}
          danger
          pending={remove.isPending}
          error={remove.error ? errorMessage(remove.error, t) : null}
          onConfirm={() => remove.mutate({ findingId: finding.id })}
          onCancel={() => setDeleting(false)}
        >
          {t('evaluations.web.analysis.deleteFindingText')}
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
