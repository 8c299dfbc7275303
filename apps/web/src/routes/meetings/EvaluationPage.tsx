import { useRef, useState } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isSlug, meetingPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { EvaluationForm } from './EvaluationForm.tsx';

type Evaluation = Outputs['meetings']['evaluation']['get'];

function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useI18n();
  const [thanked, setThanked] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const { meeting } = evaluation;

  let body;
  if (thanked || evaluation.hasAnswered) {
    body = (
      <Paragraph>{thanked ? t('meetings.web.evaluation.thanks') : t('meetings.web.evaluation.answered')}</Paragraph>
    );
  } else if (!evaluation.mayAnswer) {
    body = <Paragraph>{t('meetings.evaluation.error.notParticipant')}</Paragraph>;
  } else if (evaluation.window === 'closed') {
    body = <Paragraph>{t('meetings.evaluation.error.closed')}</Paragraph>;
  } else if (evaluation.window !== 'open' || !evaluation.form) {
    body = <Paragraph>{t('meetings.web.evaluation.notOpen')}</Paragraph>;
  } else {
    body = (
      <EvaluationForm
        meetingId={meeting.id}
        form={evaluation.form}
        onDone={() => {
          setThanked(true);
          // The form is gone; focus goes to the thanks, which is also announced.
          requestAnimationFrame(() => statusRef.current?.focus());
        }}
      />
    );
  }
  return (
    <Page
      title={t('meetings.web.evaluation.title', { title: meeting.title })}
      meta={{ noindex: true }}
      before={
        <BackLink to={pathTo(meetingPaths.web.meeting, { slug: meeting.slug })}>
          {t('meetings.web.evaluation.back')}
        </BackLink>
      }
    >
      <div role="status" tabIndex={-1} ref={statusRef}>
        {thanked ? (
          <Alert data-color="success">
            <Paragraph>{t('meetings.web.evaluation.thanks')}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {thanked ? null : body}
    </Page>
  );
}

function EvaluationLoader({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const meeting = useQuery({ ...trpc.meetings.bySlug.queryOptions({ slug }), staleTime: 0 });
  const evaluation = useQuery({
    ...trpc.meetings.evaluation.get.queryOptions({ meetingId: meeting.data?.id ?? '' }),
    enabled: !!meeting.data,
    staleTime: 0,
  });
  return (
    <QueryView query={meeting}>
      {() => <QueryView query={evaluation}>{(data) => <EvaluationView evaluation={data} />}</QueryView>}
    </QueryView>
  );
}

/** /moter/:slug/evaluering (the e-mail links here): the evaluation form for someone who had a seat. */
export function EvaluationPage() {
  const { slug = '' } = useParams();
  if (!isSlug(slug)) return <PageNotFound />;
  return <RequireSignIn>{() => <EvaluationLoader slug={slug} />}</RequireSignIn>;
}
