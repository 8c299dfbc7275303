import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Input, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GOAL_STATUSES, type GoalStatus } from '@knutepunkt/domain';
import { TextArea, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatClock, formatDayAndTime } from '../practice/format.ts';
import { type ContributionSaveStatus, type GoalValue, useContributionAutosave } from './use-contribution-autosave.ts';

type Contribution = Outputs['meetings']['contributions']['get'];
type Prompt = Contribution['prompts'][number];

function SaveStatus({ status }: { status: ContributionSaveStatus }) {
  const { t, locale } = useI18n();
  const text = {
    idle: () => t('meetings.web.contributions.autosave.idle'),
    saving: () => t('meetings.web.contributions.autosave.saving'),
    saved: () =>
      status.kind === 'saved' &&
      t('meetings.web.contributions.autosave.saved', { time: formatClock(status.at, locale) }),
    failed: () =>
      status.kind === 'failed' && t('meetings.web.contributions.autosave.failed', { message: status.message }),
  }[status.kind]();
  // Polite: "Lagret 14:02" is read out when the person pauses, never interrupting.
  return (
    <p role="status" aria-live="polite" className="kp-contribution__status">
      {text}
    </p>
  );
}

/** A status table: one row per goal, its status (a select) and comment, each labelled by the goal's row header. */
function StatusTable({
  prompt,
  number,
  initial,
  disabled,
  onChange,
  onBlur,
}: {
  prompt: Prompt;
  number: number;
  initial: Map<string, GoalValue>;
  disabled: boolean;
  onChange: (goalId: string, value: GoalValue) => void;
  onBlur: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const set = (goalId: string, patch: Partial<GoalValue>) => {
    const next = { status: null, comment: '', ...values.get(goalId), ...patch };
    setValues(new Map(values).set(goalId, next));
    onChange(goalId, next);
  };
  const col = (name: string) => `innspill-${prompt.id}-${name}`;
  return (
    <Fieldset>
      <Fieldset.Legend>{`${number}. ${prompt.question}`}</Fieldset.Legend>
      <div className="kp-table-scroll">
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell id={col('goal')}>{t('meetings.web.contributions.goal')}</Table.HeaderCell>
              <Table.HeaderCell id={col('status')}>{t('meetings.web.contributions.goalStatus')}</Table.HeaderCell>
              <Table.HeaderCell id={col('comment')}>{t('meetings.web.contributions.goalComment')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {prompt.goals.map((goal) => {
              const value = values.get(goal.id);
              const rowId = `innspill-mal-${goal.id}`;
              return (
                <Table.Row key={goal.id}>
                  <Table.HeaderCell scope="row" id={rowId}>
                    {goal.title}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <Select
                      aria-labelledby={`${rowId} ${col('status')}`}
                      value={value?.status ?? ''}
                      disabled={disabled}
                      onChange={(e) => set(goal.id, { status: (e.target.value || null) as GoalStatus | null })}
                      onBlur={onBlur}
                    >
                      <Select.Option value="">{t('meetings.web.contributions.noStatus')}</Select.Option>
                      {GOAL_STATUSES.map((s) => (
                        <Select.Option key={s} value={s}>
                          {t(`meetings.contributions.goal.${s}`)}
                        </Select.Option>
                      ))}
                    </Select>
                  </Table.Cell>
                  <Table.Cell>
                    <Input
                      aria-labelledby={`${rowId} ${col('comment')}`}
                      value={value?.comment ?? ''}
                      disabled={disabled}
                      maxLength={1000}
                      onChange={(e) => set(goal.id, { comment: e.target.value })}
                      onBlur={onBlur}
                    />
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </Fieldset>
  );
}

/** An organisation's contribution: every prompt, saved as the editor writes, and "send". */
export function ContributionForm({ contribution }: { contribution: Contribution }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { meetingId: contribution.meeting.id, organisationId: contribution.organisation.id };
  const open = contribution.window === 'open';
  const saveMutation = useMutation(trpc.meetings.contributions.save.mutationOptions());
  const autosave = useContributionAutosave(
    (changes) => saveMutation.mutateAsync({ ...ids, ...changes }),
    (error) => errorMessage(error, t),
  );
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const send = useMutation(
    trpc.meetings.contributions.send.mutationOptions({
      onSuccess: async () => {
        setSentMessage(t('meetings.web.contributions.sentNow'));
        await queryClient.invalidateQueries(trpc.meetings.contributions.pathFilter());
      },
    }),
  );
  const answers = new Map(contribution.answers.map((a) => [a.promptId, a.text]));
  const goalValues = new Map(contribution.goalAnswers.map((g) => [g.goalId, { status: g.status, comment: g.comment }]));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentMessage(null);
    if (await autosave.flush()) send.mutate(ids);
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="kp-stack" aria-labelledby="innspill-heading">
      <Heading level={2} data-size="sm" id="innspill-heading">
        {contribution.organisation.name}
      </Heading>
      <Paragraph>
        {t(open ? 'meetings.web.contributions.intro' : 'meetings.web.contributions.closed', {
          deadline: formatDayAndTime(contribution.deadline, locale),
        })}
      </Paragraph>
      <Paragraph data-size="sm">
        {contribution.status === 'sent' && contribution.sentAt
          ? t('meetings.web.contributions.statusSent', { time: formatDayAndTime(contribution.sentAt, locale) })
          : t('meetings.web.contributions.statusDraft')}
        {contribution.lastEditedBy && contribution.lastEditedAt
          ? ` ${t('meetings.web.contributions.lastEdited', {
              name: contribution.lastEditedBy,
              time: formatDayAndTime(contribution.lastEditedAt, locale),
            })}`
          : null}
      </Paragraph>
      {contribution.prompts.map((prompt, i) =>
        prompt.kind === 'text' ? (
          <TextArea
            key={prompt.id}
            name={`innspill-${prompt.id}`}
            label={`${i + 1}. ${prompt.question}`}
            defaultValue={answers.get(prompt.id) ?? ''}
            disabled={!open}
            rows={5}
            maxLength={10_000}
            onChange={(e) => autosave.changeAnswer(prompt.id, e.target.value)}
            onBlur={() => void autosave.flush()}
          />
        ) : (
          <StatusTable
            key={prompt.id}
            prompt={prompt}
            number={i + 1}
            initial={goalValues}
            disabled={!open}
            onChange={autosave.changeGoal}
            onBlur={() => void autosave.flush()}
          />
        ),
      )}
      <SaveStatus status={autosave.status} />
      {open ? (
        <div>
          <Button type="submit" aria-disabled={send.isPending || undefined}>
            {t(
              contribution.status === 'sent'
                ? 'meetings.web.contributions.sendAgain'
                : 'meetings.web.contributions.send',
            )}
          </Button>
        </div>
      ) : null}
      <div role="status">
        {sentMessage ? <Paragraph>{sentMessage}</Paragraph> : null}
        {send.error ? <Paragraph>{errorMessage(send.error, t)}</Paragraph> : null}
      </div>
    </form>
  );
}
