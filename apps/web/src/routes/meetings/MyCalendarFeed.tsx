import { useRef, useState } from 'react';
import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useTRPC } from '../../trpc.ts';
import { formatDayAndTime } from '../practice/format.ts';
import { CopyAddress } from './CopyAddress.tsx';

type Asking = 'renew' | 'remove' | null;

/**
 * Min side: «Kalenderen din», one's own calendar feed (docs/adr/0019). Only the address's hash is
 * kept, so it is shown once, when made; renewing makes a new one and ends the old; removing ends it.
 */
export function MyCalendarFeed() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.meetings.myCalendarFeed.queryOptions());
  const [made, setMade] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const settle = async () => {
    setAsking(null);
    await queryClient.invalidateQueries(trpc.meetings.myCalendarFeed.pathFilter());
  };
  const renew = useMutation(
    trpc.meetings.renewMyCalendarFeed.mutationOptions({
      onSuccess: async (result) => {
        setDone(null);
        setMade(result.url);
        await settle();
      },
    }),
  );
  const remove = useMutation(
    trpc.meetings.removeMyCalendarFeed.mutationOptions({
      onSuccess: async () => {
        setMade(null);
        setDone(t('meetings.web.myCalendar.removed'));
        await settle();
        headingRef.current?.focus();
      },
    }),
  );
  return (
    <section aria-labelledby="my-calendar-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="my-calendar-heading" ref={headingRef} tabIndex={-1}>
        {t('meetings.web.myCalendar.heading')}
      </Heading>
      <Paragraph>{t('meetings.web.myCalendar.intro')}</Paragraph>
      <Paragraph>{t('meetings.web.myCalendar.secret')}</Paragraph>
      <FormStatus success={done} />
      {made ? (
        <div className="kp-panel kp-stack">
          <Paragraph>
            <strong>{t('meetings.web.myCalendar.made')}</strong>
          </Paragraph>
          <Paragraph>
            <DsLink href={made.replace(/^https?:\/\//i, 'webcal://')}>{t('meetings.web.myCalendar.subscribe')}</DsLink>
          </Paragraph>
          <CopyAddress url={made} label={t('meetings.web.myCalendar.address')} />
          <Paragraph data-size="sm">{t('meetings.web.network.refresh')}</Paragraph>
        </div>
      ) : null}
      <QueryView query={status} scope="section" headingLevel={3}>
        {(feed) => (
          <>
            {feed.exists ? (
              made ? null : (
                <Paragraph>
                  {t('meetings.web.myCalendar.exists', {
                    date: feed.createdAt ? formatDayAndTime(feed.createdAt, locale) : '',
                  })}
                </Paragraph>
              )
            ) : (
              <Paragraph>{t('meetings.web.myCalendar.none')}</Paragraph>
            )}
            <div className="kp-actions">
              {feed.exists ? (
                <>
                  <Button type="button" variant="secondary" onClick={() => setAsking('renew')}>
                    {t('meetings.web.myCalendar.renew')}
                  </Button>
                  <Button type="button" variant="tertiary" onClick={() => setAsking('remove')}>
                    {t('meetings.web.myCalendar.remove')}
                  </Button>
                </>
              ) : (
                <Button type="button" loading={renew.isPending} onClick={() => renew.mutate()}>
                  {t('meetings.web.myCalendar.create')}
                </Button>
              )}
            </div>
            {!asking && renew.isError ? <FormStatus failure={errorMessage(renew.error, t)} /> : null}
          </>
        )}
      </QueryView>
      {asking ? (
        <ConfirmDialog
          title={t(asking === 'renew' ? 'meetings.web.myCalendar.renewTitle' : 'meetings.web.myCalendar.removeTitle')}
          confirmLabel={t(asking === 'renew' ? 'meetings.web.myCalendar.renew' : 'meetings.web.myCalendar.remove')}
          danger={asking === 'remove'}
          pending={renew.isPending || remove.isPending}
          error={
            asking === 'renew' && renew.isError
              ? errorMessage(renew.error, t)
              : asking === 'remove' && remove.isError
                ? errorMessage(remove.error, t)
                : null
          }
          onConfirm={() => (asking === 'renew' ? renew.mutate() : remove.mutate())}
          onCancel={() => {
            renew.reset();
            remove.reset();
            setAsking(null);
          }}
          fallbackFocus={() => headingRef.current}
        >
          {t(asking === 'renew' ? 'meetings.web.myCalendar.renewText' : 'meetings.web.myCalendar.removeText')}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
