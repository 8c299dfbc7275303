import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { QueryView, useI18n } from '@knutepunkt/ui';
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
          {prompt.kind === 'text' ? (
            <Paragraph className="kp-pre-wrap">{answer.text}</Paragraph>
          ) : (
            <div className="kp-table-scroll">
              <Table>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('meetings.web.contributions.goal')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('meetings.web.contributions.goalStatus')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('meetings.web.contributions.goalComment')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {prompt.goals.map((goal) => {
                    const given = answer.goals.find((g) => g.goalId === goal.id);
                    return (
                      <Table.Row key={goal.id}>
                        <Table.HeaderCell scope="row">{goal.title}</Table.HeaderCell>
                        <Table.Cell>
                          {given?.status ? t(`meetings.contributions.goal.${given.status}`) : '–'}
                        </Table.Cell>
                        <Table.Cell>{given?.comment || '–'}</Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </div>
          )}
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
