import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';

/**
 * «Meld deg på konferansen» on the edition's page (docs/adr/0023): the conference's
 * registration is a meeting of the meetings module, so this links to that meeting's page,
 * which takes the registration, needs and travel support. Nothing when there is none.
 */
export function ConferenceRegistrationLink({ slug }: { slug: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const registration = useQuery({ ...trpc.conference.registration.queryOptions({ slug }), staleTime: 0 });
  const data = registration.data;
  if (!data) return null;
  return (
    <section aria-labelledby="conference-registration-heading" className="kp-panel kp-stack">
      <Heading level={2} data-size="sm" id="conference-registration-heading">
        {t('conference.web.registration.heading')}
      </Heading>
      <Paragraph>
        {!data.open
          ? t('conference.web.registration.notOpen')
          : data.seatsLeft === 0
            ? t('conference.web.registration.full')
            : data.seatsLeft !== null
              ? t('conference.web.registration.seatsLeft', { left: data.seatsLeft })
              : null}
      </Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to={pathTo(meetingPaths.web.meeting, { slug: data.meetingSlug })}>
            {t('conference.web.registration.link')}
          </Link>
        </DsLink>
      </Paragraph>
    </section>
  );
}
