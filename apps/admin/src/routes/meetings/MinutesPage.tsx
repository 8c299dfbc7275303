import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import {
  LOCALES,
  LOCALE_NAMES,
  type Locale,
  MINUTES_LIMITS,
  MINUTES_VISIBILITIES,
  type MinutesVisibility,
  meetingPaths,
  pathTo,
} from '@knutepunkt/domain';
import { Markdown, QueryView, RadioField, SelectField, TextArea, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { MinutesActionPoints } from './MinutesActionPoints.tsx';
import { MinutesAttachments } from './MinutesAttachments.tsx';
import { formatDateTime } from '../../format.ts';

export type MinutesData = AdminRouterOutputs['meetings']['minutes']['get'];

/** /moter/:meetingId/referat: the minutes (Markdown, preview, attachments, audience, publish) and the action points. */
export function MinutesPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.meetings.minutes.get.queryOptions({ meetingId }));
  return <QueryView query={query}>{(data) => <MinutesEditor data={data} />}</QueryView>;
}

function MinutesEditor({ data }: { data: MinutesData }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { meeting, minutes } = data;
  const [body, setBody] = useState(minutes?.body ?? '');
  const [language, setLanguage] = useState<Locale>(minutes?.language ?? 'nb');
  const [visibility, setVisibility] = useState<MinutesVisibility>(minutes?.visibility ?? 'participants');
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.meetings.minutes.get.queryFilter({ meetingId: meeting.id }));
  const save = useMutation(trpc.meetings.minutes.save.mutationOptions());
  const publish = useMutation(trpc.meetings.minutes.publish.mutationOptions());
  const input = { meetingId: meeting.id, body, language };

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    publish.reset();
    await save.mutateAsync(input).catch(() => undefined);
    if (!save.isError) setStatus(t('meetings.admin.minutes.saved'));
    await refresh();
  };
  const onPublish = async () => {
    setStatus(null);
    try {
      await save.mutateAsync(input);
      await publish.mutateAsync({ meetingId: meeting.id, visibility });
      setStatus(t('meetings.admin.minutes.publishedNotice'));
    } catch {
      // The error is shown by FormErrors.
    }
    await refresh();
  };

  return (
    <Page
      title={t('meetings.admin.minutes.title', { title: meeting.title })}
      lead={
        <Paragraph>
          <AppLink to={pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id })}>{meeting.title}</AppLink>
          {minutes?.publishedAt
            ? ` · ${t('meetings.admin.minutes.published', { date: formatDateTime(locale, minutes.publishedAt) })}`
            : ` · ${t('meetings.admin.minutes.draft')}`}
        </Paragraph>
      }
    >
      <StatusMessage message={status} />
      <Section title={t('meetings.minutes.heading')}>
        <FormErrors error={save.error ?? publish.error} />
        <form onSubmit={onSave} className="kp-stack" noValidate>
          <TextArea
            name="body"
            label={t('meetings.admin.minutes.body')}
            description={t('meetings.admin.minutes.bodyHint')}
            rows={16}
            maxLength={MINUTES_LIMITS.body}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <SelectField
            name="language"
            label={t('meetings.admin.minutes.language')}
            options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
            placeholder={false}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as Locale)}
          />
          <Fieldset>
            <Fieldset.Legend>{t('meetings.admin.minutes.visibility')}</Fieldset.Legend>
            {MINUTES_VISIBILITIES.map((v) => (
              <RadioField
                key={v}
                id={`visibility-${v}`}
                name="visibility"
                value={v}
                label={t(`meetings.minutes.visibility.${v}`)}
                checked={visibility === v}
                onChange={() => setVisibility(v)}
              />
            ))}
          </Fieldset>
          <div className="kp-actions">
            <Button type="submit" variant="secondary" loading={save.isPending}>
              {t('meetings.admin.minutes.save')}
            </Button>
            <Button type="button" loading={publish.isPending} onClick={() => void onPublish()}>
              {minutes?.publishedAt ? t('meetings.admin.minutes.republish') : t('meetings.admin.minutes.publish')}
            </Button>
          </div>
        </form>
      </Section>
      <Section title={t('meetings.admin.minutes.preview')}>
        <Markdown source={body} lang={language} />
      </Section>
      <MinutesAttachments data={data} onChange={refresh} />
      <MinutesActionPoints data={data} onChange={refresh} />
    </Page>
  );
}
