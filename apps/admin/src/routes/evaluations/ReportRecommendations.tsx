import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { RECOMMENDATION_BODY_MAX, RECOMMENDATION_TITLE_MAX } from '@knutepunkt/domain';
import { ConfirmDialog, Markdown, TextField, VisuallyHidden, fieldId, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import { MarkdownSection } from './MarkdownSection.tsx';
import type { ReportData } from './ReportPage.tsx';

type Recommendation = ReportData['recommendations'][number];

interface Props {
  data: ReportData;
  writable: boolean;
  onChange: () => Promise<unknown>;
  onStatus: (message: string | null) => void;
}

/** The report's recommendations in order: add, edit, move up and down, delete (with a question first). */
export function ReportRecommendations({ data, writable, onChange, onStatus }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Recommendation | null>(null);
  const move = useMutation(trpc.evaluations.moveRecommendation.mutationOptions({ onSuccess: onChange }));
  const remove = useMutation(
    trpc.evaluations.deleteRecommendation.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await onChange();
        onStatus(t('evaluations.admin.report.recommendation.deleted'));
        heading.current?.focus();
      },
    }),
  );
  const list = data.recommendations;
  const lang = data.evaluation.language;
  return (
    <Section title={t('evaluations.admin.report.recommendations')} headingRef={heading}>
      <FormErrors error={move.error} />
      {list.length === 0 ? <Paragraph>{t('evaluations.admin.report.recommendations.empty')}</Paragraph> : null}
      <ol className="kp-cards">
        {list.map((r, i) => (
          <li key={r.id} className="kp-card">
            {editing === r.id ? (
              <RecommendationForm
                data={data}
                recommendation={r}
                onDone={async (message) => {
                  setEditing(null);
                  if (message) {
                    await onChange();
                    onStatus(message);
                  }
                }}
              />
            ) : (
              <>
                <Heading level={3} data-size="xs" lang={lang}>
                  {r.title}
                </Heading>
                {r.body.trim() ? <Markdown source={r.body} lang={lang} /> : null}
                {writable ? (
                  <div className="kp-actions">
                    <Button type="button" variant="secondary" data-size="sm" onClick={() => setEditing(r.id)}>
                      {t('evaluations.admin.report.recommendation.edit')}
                      <VisuallyHidden>: {r.title}</VisuallyHidden>
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      disabled={i === 0}
                      onClick={() => move.mutate({ recommendationId: r.id, direction: 'up' })}
                    >
                      {t('evaluations.admin.report.recommendation.up')}
                      <VisuallyHidden>: {r.title}</VisuallyHidden>
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      disabled={i === list.length - 1}
                      onClick={() => move.mutate({ recommendationId: r.id, direction: 'down' })}
                    >
                      {t('evaluations.admin.report.recommendation.down')}
                      <VisuallyHidden>: {r.title}</VisuallyHidden>
                    </Button>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      onClick={() => setDeleting(r)}
                    >
                      {t('evaluations.admin.report.recommendation.delete')}
                      <VisuallyHidden>: {r.title}</VisuallyHidden>
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {writable && editing === null ? (
        <RecommendationForm
          data={data}
          recommendation={null}
          onDone={async (message) => {
            if (message) {
              await onChange();
              onStatus(message);
            }
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('evaluations.admin.report.recommendation.deleteTitle', { title: deleting.title })}
          confirmLabel={t('evaluations.admin.report.recommendation.delete')}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ recommendationId: deleting.id })}
          onCancel={() => setDeleting(null)}
          fallbackFocus={() => heading.current}
        >
          {t('evaluations.admin.report.recommendation.deleteText')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

/** Add a recommendation (recommendation null) or edit one. */
function RecommendationForm({
  data,
  recommendation,
  onDone,
}: {
  data: ReportData;
  recommendation: Recommendation | null;
  onDone: (message: string | null) => Promise<void>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [title, setTitle] = useState(recommendation?.title ?? '');
  const [body, setBody] = useState(recommendation?.body ?? '');
  const save = useMutation(trpc.evaluations.saveRecommendation.mutationOptions());
  const name = recommendation ? `recommendation-${recommendation.id}` : 'recommendation-new';
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await save
      .mutateAsync({ evaluationId: data.evaluation.id, id: recommendation?.id, title, body })
      .then(() => true)
      .catch(() => false);
    if (!ok) return;
    if (!recommendation) {
      setTitle('');
      setBody('');
    }
    await onDone(
      recommendation
        ? t('evaluations.admin.report.recommendation.saved')
        : t('evaluations.admin.report.recommendation.added'),
    );
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="kp-stack" noValidate>
      <FormErrors error={save.error} order={['title', 'body']} idFor={(field) => fieldId(`${name}-${field}`)} />
      <TextField
        name="title"
        id={fieldId(`${name}-title`)}
        label={t('evaluations.admin.report.recommendation.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={RECOMMENDATION_TITLE_MAX}
        required
        lang={data.evaluation.language}
      />
      <MarkdownSection
        name={`${name}-body`}
        label={t('evaluations.admin.report.recommendation.body')}
        value={body}
        onChange={setBody}
        maxLength={RECOMMENDATION_BODY_MAX}
        lang={data.evaluation.language}
        rows={4}
      />
      <div className="kp-actions">
        <Button type="submit" loading={save.isPending}>
          {recommendation
            ? t('evaluations.admin.report.recommendation.save')
            : t('evaluations.admin.report.recommendation.add')}
        </Button>
        {recommendation ? (
          <Button type="button" variant="tertiary" onClick={() => void onDone(null)}>
            {t('evaluations.admin.report.recommendation.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
