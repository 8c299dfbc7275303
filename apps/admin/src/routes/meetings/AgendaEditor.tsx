import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { AGENDA_KINDS, utcToOslo, type AgendaKind, type Disambiguation } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { SelectField, TextArea, TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { whenOf } from './meeting-values.ts';
import { OrderedListControls } from './OrderedListControls.tsx';
import { useOrderedList } from './use-ordered-list.ts';

type Meeting = AdminRouterOutputs['meetings']['get'];

interface Item {
  /** Stays with the item when it moves, for React and for focus. */
  key: number;
  time: string;
  /** Which of two equal clock times, for a stored item in the autumn overlap (kept until the time changes). */
  choice?: Disambiguation | undefined;
  title: string;
  description: string;
  leader: string;
  kind: AgendaKind;
}

let nextKey = 0;
const newItem = (): Item => ({ key: nextKey++, time: '', title: '', description: '', leader: '', kind: 'talk' });

/** A server error about an item's time ('items.2.startsAt.time') points at that item's clock field. */
const agendaFieldId = (field: string) => fieldId(field.replace(/\.startsAt\..*$/, '.startsAt'));

/**
 * The agenda: items with a time on the meeting's day (Norwegian time), added,
 * removed and moved with buttons, saved all at once (setAgenda).
 */
export function AgendaEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const day = utcToOslo(new Date(meeting.startsAt)).date;
  const [status, setStatus] = useState<string | null>(null);
  const list = useOrderedList<Item>(
    () =>
      meeting.agenda.map((a) => ({
        key: nextKey++,
        time: whenOf(a.startsAt).time,
        choice: whenOf(a.startsAt).disambiguation,
        title: a.title,
        description: a.description ?? '',
        leader: a.leader ?? '',
        kind: a.kind,
      })),
    { idPrefix: 'agenda', onMoved: (n) => setStatus(t('meetings.admin.agenda.moved', { n })) },
  );
  const { items, headingRef, change } = list;
  const save = useMutation(
    trpc.meetings.setAgenda.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.meetings.get.queryFilter({ meetingId: meeting.id }));
        setStatus(t('meetings.admin.agenda.saved'));
      },
    }),
  );
  const errorFor = useFieldErrors(save.error);

  const add = () => list.add(newItem(), fieldId(`items.${items.length}.title`));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    save.mutate({
      meetingId: meeting.id,
      items: items.map((item) => ({
        startsAt: item.time
          ? { date: day, time: item.time, ...(item.choice ? { disambiguation: item.choice } : {}) }
          : null,
        title: item.title,
        description: item.description.trim() || null,
        leader: item.leader.trim() || null,
        kind: item.kind,
      })),
    });
  };

  return (
    <Section title={t('meetings.admin.agenda.title')} headingRef={headingRef}>
      <StatusMessage message={status} />
      <form onSubmit={submit} noValidate className="kp-form">
        <FormErrors error={save.error} idFor={agendaFieldId} />
        {items.length === 0 ? <Paragraph>{t('meetings.admin.agenda.empty')}</Paragraph> : null}
        <ol className="kp-agenda">
          {items.map((item, index) => {
            const n = index + 1;
            const name = (field: string) => `items.${index}.${field}`;
            return (
              <li key={item.key}>
                <Fieldset>
                  <Fieldset.Legend>{t('meetings.admin.agenda.item', { n })}</Fieldset.Legend>
                  <TextField
                    name={name('startsAt')}
                    type="time"
                    label={t('meetings.admin.agenda.time')}
                    description={t('meetings.admin.field.timeHint')}
                    value={item.time}
                    onChange={(event) => change(item.key, { time: event.target.value, choice: undefined })}
                    error={errorFor(name('startsAt'))}
                  />
                  <TextField
                    name={name('title')}
                    label={t('meetings.admin.agenda.itemTitle')}
                    required
                    value={item.title}
                    onChange={(event) => change(item.key, { title: event.target.value })}
                    error={errorFor(name('title'))}
                  />
                  <TextArea
                    name={name('description')}
                    label={t('meetings.admin.agenda.description')}
                    rows={3}
                    value={item.description}
                    onChange={(event) => change(item.key, { description: event.target.value })}
                    error={errorFor(name('description'))}
                  />
                  <TextField
                    name={name('leader')}
                    label={t('meetings.admin.agenda.leader')}
                    value={item.leader}
                    onChange={(event) => change(item.key, { leader: event.target.value })}
                    error={errorFor(name('leader'))}
                  />
                  <SelectField
                    name={name('kind')}
                    label={t('meetings.admin.agenda.kind')}
                    placeholder={false}
                    value={item.kind}
                    onChange={(event) => change(item.key, { kind: event.target.value as AgendaKind })}
                    options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`meetings.agenda.${k}`) }))}
                    error={errorFor(name('kind'))}
                  />
                  <OrderedListControls
                    list={list}
                    index={index}
                    labels={{
                      up: t('meetings.admin.agenda.up', { n }),
                      down: t('meetings.admin.agenda.down', { n }),
                      remove: t('meetings.admin.agenda.remove', { n }),
                    }}
                  />
                </Fieldset>
              </li>
            );
          })}
        </ol>
        <div className="kp-actions">
          <Button type="button" variant="secondary" onClick={add}>
            {t('meetings.admin.agenda.add')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('meetings.admin.agenda.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
