import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { GoalStatus, PromptKind } from '@knutepunkt/domain';

export interface ContributionAnswerProps {
  /** The prompt's kind: a text answer, or a status table of its goals. */
  kind: PromptKind;
  text: string | null;
  /** The prompt's goals, in order: one row each, answered or not. */
  goals: ReadonlyArray<{ id: string; title: string }>;
  /** The organisation's answers per goal. */
  given: ReadonlyArray<{ goalId: string; status: GoalStatus | null; comment: string | null }>;
  /** The table's column headers and a goal status's name, in the app's own words (its message catalogue). */
  labels: { goal: string; status: string; comment: string; statusName: (status: GoalStatus) => string };
  /** Let the table scroll sideways on narrow screens. */
  scroll?: boolean;
}

/** One organisation's answer to a contribution prompt, read-only (the admin compilation and the shared page on web). */
export function ContributionAnswer({ kind, text, goals, given, labels, scroll = false }: ContributionAnswerProps) {
  if (kind === 'text') return <Paragraph className="kp-pre-wrap">{text}</Paragraph>;
  const table = (
    <Table>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{labels.goal}</Table.HeaderCell>
          <Table.HeaderCell>{labels.status}</Table.HeaderCell>
          <Table.HeaderCell>{labels.comment}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {goals.map((goal) => {
          const answer = given.find((g) => g.goalId === goal.id);
          return (
            <Table.Row key={goal.id}>
              <Table.HeaderCell scope="row">{goal.title}</Table.HeaderCell>
              <Table.Cell>{answer?.status ? labels.statusName(answer.status) : '–'}</Table.Cell>
              <Table.Cell>{answer?.comment || '–'}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
  return scroll ? <div className="kp-table-scroll">{table}</div> : table;
}
