import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { ContributionAnswer, QueryView, useI18n } from '@knutepunkt/ui';
import { type Outputs, useTRPC } from '../../trpc.ts';

type Shared = Outputs['meetings']['contributions']['shared'];
type SharedPrompt = Shared['prompts'][number];

function Answers({ prompt }: { prompt: SharedPrompt }) {
  const { t } = useI18n();
  if (prompt.answers.length === 0) return <Paragraph>{t('meetings.web.contributions.shared.empty')}</Paragraph>;
  return (
    <>
      {prompt.answers.map((answer) => (
        <section key={answer.organisation.id} className="kp-card kp-stack">
          <Heading level={3} data-size="2xs">
            {answer.organisation.name}
          </Heading>
          <ContributionAnswer
            kind={prompt.kind}
            text={answer.text}
            goals={prompt.goals}
            given={answer.goals}
            labels={{
              goal: t('meetings.web.contributions.goal'),
              status: t('meetings.web.contributions.goalStatus'),
              comment: t('meetings.web.contributions.goalComment'),
              statusName: (status) => t(`meetings.contributions.goal.${status}`),
            }}
            scroll
          />
        </section>
      ))}
    </>
  );
}

/** After the meeting: the organisations' sent contributions, per prompt, read-only. */
export function ContributionShared({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.meetings.contributions.shared.queryOptions({ meetingId }));
  return (
    <QueryView query={query} scope="section">
      {(shared) => (
        <>
          <Paragraph>{t('meetings.web.contributions.shared.intro', { count: shared.sentCount })}</Paragraph>
          {shared.prompts.map((prompt, i) => (
            <section key={prompt.id} className="kp-stack" aria-labelledby={`innspill-sporsmal-${prompt.id}`}>
              <Heading level={2} data-size="sm" id={`innspill-sporsmal-${prompt.id}`}>
                {`${i + 1}. ${prompt.question}`}
              </Heading>
              <Answers prompt={prompt} />
            </section>
          ))}
        </>
      )}
    </QueryView>
  );
}
