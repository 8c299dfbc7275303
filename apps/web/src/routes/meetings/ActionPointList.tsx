import { useState, type FormEvent } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ACTION_POINT_STATUSES, INTL_LOCALES, type Locale, actionPointStatusInput } from '@knutepunkt/domain';
import { SelectField, TextArea, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { FactList } from '../../components/FactList.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatDayAndTime } from '../practice/format.ts';

export type ActionPoint = NonNullable<Outputs['meetings']['minutes']['bySlug']>['actionPoints'][number];

/** A due date ('2027-03-01') as a date in the reader's language; it has no time, so no zone either. */
function formatDue(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An editor of a responsible organisation (or a coordinator): a new status with a comment. */
function StatusForm({ point }: { point: ActionPoint }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const update = useMutation(
    trpc.meetings.actionPoints.updateStatus.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.meetings.minutes.bySlug.pathFilter()),
          queryClient.invalidateQueries(trpc.meetings.minutes.sinceLast.pathFilter()),
        ]);
        setSaved(t('meetings.web.actionPoints.saved'));
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(update, actionPointStatusInput, ['status', 'comment']);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const form = new FormData(event.currentTarget);
    const input = { status: text(form.get('status')), comment: text(form.get('comment')) };
    // The comment goes as written; the server trims it and decides whether closing may go without one.
    if (check(input))
      update.mutate({
        actionPointId: point.id,
        status: actionPointStatusInput.parse(input).status,
        comment: input.comment,
      });
  };
  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      failure={failure}
      success={saved}
      submitLabel={t('meetings.web.actionPoints.save')}
      pending={update.isPending}
      intro={
        <Heading level={4} data-size="2xs">
          {t('meetings.web.actionPoints.update')}
        </Heading>
      }
    >
      <SelectField
        id={`status-${point.id}`}
        name="status"
        label={t('meetings.actionPoints.status')}
        options={ACTION_POINT_STATUSES.map((s) => ({ value: s, label: t(`meetings.actionPoints.status.${s}`) }))}
        defaultValue={point.status}
        placeholder={false}
        error={errorFor('status')}
      />
      <TextArea
        id={`comment-${point.id}`}
        name="comment"
        label={t('meetings.actionPoints.comment')}
        description={t('meetings.web.actionPoints.commentHint')}
        maxLength={2000}
        error={errorFor('comment')}
      />
    </CheckedForm>
  );
}

/** Action points with their latest status and history; a form for those who may update one. */
export function ActionPointList({ points, level = 3, lang }: { points: ActionPoint[]; level?: 3 | 4; lang: string }) {
  const { t, locale } = useI18n();
  if (points.length === 0) return <Paragraph>{t('meetings.actionPoints.none')}</Paragraph>;
  return (
    <ul className="kp-plain-list kp-stack">
      {points.map((point) => (
        <li key={point.id} className="kp-card kp-stack">
          <Heading level={level} data-size="2xs" lang={lang}>
            {point.what}
          </Heading>
          <FactList
            facts={[
              [t('meetings.actionPoints.organisations'), point.organisations.map((o) => o.name).join(', ')],
              [
                t('meetings.actionPoints.dueDate'),
                point.dueDate ? formatDue(point.dueDate, locale) : t('meetings.web.actionPoints.noDue'),
              ],
              [
                t('meetings.actionPoints.status'),
                <>
                  <strong>{t(`meetings.actionPoints.status.${point.status}`)}</strong>
                  {point.latestComment ? ` – ${point.latestComment}` : null}
                </>,
              ],
            ]}
          />
          {point.history.length > 1 ? (
            <details>
              <summary>{t('meetings.web.actionPoints.history')}</summary>
              <ol className="kp-plain-list">
                {point.history.map((h) => (
                  <li key={h.id}>
                    {formatDayAndTime(h.createdAt, locale)}: {t(`meetings.actionPoints.status.${h.status}`)}
                    {h.author ? ` (${h.author})` : null}
                    {h.comment ? ` – ${h.comment}` : null}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          {point.canUpdate ? <StatusForm point={point} /> : null}
        </li>
      ))}
    </ul>
  );
}
