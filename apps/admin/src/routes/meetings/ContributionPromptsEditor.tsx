import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { PROMPT_KINDS, type PromptKind, utcToOslo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { ConfirmDialog, SelectField, TextArea, TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { OrderedListControls } from './OrderedListControls.tsx';
import { useOrderedList } from './use-ordered-list.ts';

type Prompts = AdminRouterOutputs['meetings']['contributions']['prompts'];

interface Prompt {
  key: number;
  id?: string | undefined;
  kind: PromptKind;
  question: string;
  /** One goal per line (a status table's rows); existing goals keep their ids by title. */
  goals: string;
}

let nextKey = 0;

/**
 * The prompts and the deadline (Norwegian time), edited like the agenda: added, removed and
 * moved with buttons, focus following, saved at once. A status table's goals are one per line.
 * Removing what organisations have answered asks first, and only then sends `confirmRemoval`.
 */
export function ContributionPromptsEditor({ meetingId, prompts }: { meetingId: string; prompts: Prompts }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const start = prompts.deadline ? utcToOslo(new Date(prompts.deadline)) : { date: '', time: '23:59' };
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [status, setStatus] = useState<string | null>(null);
  const list = useOrderedList<Prompt>(
    () =>
      prompts.prompts.map((p) => ({
        key: nextKey++,
        id: p.id,
        kind: p.kind,
        question: p.question,
        goals: p.goals.map((g) => g.title).join('\n'),
      })),
    { idPrefix: 'prompt', onMoved: (n) => setStatus(t('meetings.admin.contributions.moved', { n })) },
  );
  const { items, headingRef, change } = list;
  const [asking, setAsking] = useState(false);
  const save = useMutation(
    trpc.meetings.contributions.setPrompts.mutationOptions({
      onSuccess: async () => {
        setAsking(false);
        await queryClient.invalidateQueries(trpc.meetings.contributions.pathFilter());
        setStatus(t('meetings.admin.contributions.saved'));
      },
    }),
  );
  const errorFor = useFieldErrors(save.error);

  const input = (confirmRemoval: boolean) => ({
    meetingId,
    confirmRemoval,
    deadline: { date, time },
    prompts: items.map((item) => {
      const before = prompts.prompts.find((p) => p.id === item.id);
      const titles =
        item.kind === 'text'
          ? []
          : item.goals
              .split('\n')
              .map((g) => g.trim())
              .filter(Boolean);
      return {
        ...(item.id ? { id: item.id } : {}),
        kind: item.kind,
        question: item.question,
        goals: titles.map((title) => {
          const id = before?.goals.find((g) => g.title === title)?.id;
          return id ? { id, title } : { title };
        }),
      };
    }),
  });
  /** What the new list would drop although organisations answered it. */
  const losesAnswers = () => {
    const next = input(false).prompts;
    return prompts.prompts.some((p) => {
      const kept = next.find((n) => n.id === p.id && n.kind === p.kind);
      if (!kept) return p.answers > 0;
      return p.goals.some((g) => g.answers > 0 && !kept.goals.some((k) => 'id' in k && k.id === g.id));
    });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    if (losesAnswers()) setAsking(true);
    else save.mutate(input(false));
  };

  return (
    <Section title={t('meetings.admin.contributions.promptsTitle')} headingRef={headingRef}>
      <StatusMessage message={status} />
      <form onSubmit={submit} noValidate className="kp-form">
        <FormErrors error={asking ? null : save.error} />
        <Fieldset>
          <Fieldset.Legend>{t('meetings.admin.contributions.deadline')}</Fieldset.Legend>
          <TextField
            name="deadline"
            type="date"
            label={t('meetings.admin.contributions.deadlineDate')}
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errorFor('deadline')}
          />
          <TextField
            name="deadlineTime"
            type="time"
            label={t('meetings.admin.contributions.deadlineTime')}
            description={t('meetings.admin.field.timeHint')}
            required
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </Fieldset>
        {items.length === 0 ? <Paragraph>{t('meetings.admin.contributions.noPrompts')}</Paragraph> : null}
        <ol className="kp-agenda">
          {items.map((item, index) => {
            const n = index + 1;
            const name = (field: string) => `prompts.${index}.${field}`;
            return (
              <li key={item.key}>
                <Fieldset>
                  <Fieldset.Legend>{t('meetings.admin.contributions.prompt', { n })}</Fieldset.Legend>
                  <SelectField
                    name={name('kind')}
                    label={t('meetings.admin.contributions.kind')}
                    placeholder={false}
                    value={item.kind}
                    onChange={(e) => change(item.key, { kind: e.target.value as PromptKind })}
                    options={PROMPT_KINDS.map((k) => ({ value: k, label: t(`meetings.contributions.kind.${k}`) }))}
                  />
                  <TextArea
                    name={name('question')}
                    label={t('meetings.admin.contributions.question')}
                    required
                    rows={2}
                    value={item.question}
                    onChange={(e) => change(item.key, { question: e.target.value })}
                    error={errorFor(name('question'))}
                  />
                  {item.kind === 'status_table' ? (
                    <TextArea
                      name={name('goals')}
                      label={t('meetings.admin.contributions.goals')}
                      description={t('meetings.admin.contributions.goalsHint')}
                      required
                      rows={5}
                      value={item.goals}
                      onChange={(e) => change(item.key, { goals: e.target.value })}
                      error={errorFor(name('goals'))}
                    />
                  ) : null}
                  <OrderedListControls
                    list={list}
                    index={index}
                    labels={{
                      up: t('meetings.admin.contributions.up', { n }),
                      down: t('meetings.admin.contributions.down', { n }),
                      remove: t('meetings.admin.contributions.remove', { n }),
                    }}
                  />
                </Fieldset>
              </li>
            );
          })}
        </ol>
        <div className="kp-actions">
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              list.add(
                { key: nextKey++, kind: 'text', question: '', goals: '' },
                fieldId(`prompts.${items.length}.question`),
              )
            }
          >
            {t('meetings.admin.contributions.add')}
          </Button>
          <Button type="submit" loading={save.isPending && !asking}>
            {t('meetings.admin.contributions.save')}
          </Button>
        </div>
      </form>
      {asking ? (
        <ConfirmDialog
          title={t('meetings.admin.contributions.confirmTitle')}
          confirmLabel={t('meetings.admin.contributions.confirm')}
          danger
          pending={save.isPending}
          error={save.error?.message ?? null}
          onConfirm={() => save.mutate(input(true))}
          onCancel={() => setAsking(false)}
        >
          {t('meetings.admin.contributions.confirmText')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
