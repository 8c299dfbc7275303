import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import type { Outputs } from '../../trpc.ts';

type Meeting = Outputs['meetings']['bySlug'];

/**
 * On the meeting's page, after it: the way to the evaluation for someone who had a seat
 * (whether it is open yet the evaluation page says; docs/adr/0022).
 */
export function EvaluationLink({ meeting, now = new Date() }: { meeting: Meeting; now?: Date }) {
  const { t } = useI18n();
  const over = meeting.status === 'held' || (meeting.status === 'published' && new Date(meeting.endsAt) <= now);
  if (!over || meeting.myRegistration?.status !== 'confirmed') return null;
  return (
    <section aria-labelledby="evaluation-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="evaluation-heading">
        {t('meetings.web.evaluation.linkHeading')}
      </Heading>
      <Paragraph>
        <DsLink asChild>
          <Link to={pathTo(meetingPaths.web.evaluation, { slug: meeting.slug })}>
            {t('meetings.web.evaluation.linkText')}
          </Link>
        </DsLink>
      </Paragraph>
    </section>
  );
}
