import { useEffect, useRef, useState, type FormEvent } from 'react';
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
  const [items, setItems] = useState<Item[]>(() =>
    meeting.agenda.map((a) => ({
      key: nextKey++,
      time: whenOf(a.startsAt).time,
      choice: whenOf(a.startsAt).disambiguation,
      title: a.title,
      description: a.description ?? '',
      leader: a.leader ?? '',
      kind: a.kind,
    })),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const save = useMutation(
    trpc.meetings.setAgenda.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.meetings.get.queryFilter({ meetingId: meeting.id }));
        setStatus(t('meetings.admin.agenda.saved'));
      },
    }),
  );
  const errorFor = useFieldErrors(save.error);

  useEffect(() => {
    if (!focusId) return;
    if (focusId === 'heading') headingRef.current?.focus();
    else document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const change = (key: number, patch: Partial<Item>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const item = items[index]!;
    const next = [...items];
    next.splice(index, 1);
    next.splice(to, 0, item);
    setItems(next);
    setStatus(t('meetings.admin.agenda.moved', { n: to + 1 }));
    // Focus stays on the moved item; at the top or bottom its button is gone, so the other one.
    const edge = to === 0 ? 'down' : to === next.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
    setFocusId(`agenda-${item.key}-${next.length === 1 ? 'remove' : edge}`);
  };
  const remove = (index: number) => {
    setItems((list) => list.filter((_, i) => i !== index));
    setFocusId('heading');
  };
  const add = () => {
    const item = newItem();
    setItems((list) => [...list, item]);
    setFocusId(fieldId(`items.${items.length}.title`));
  };
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
                  <div className="kp-actions">
                    {index > 0 ? (
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        id={`agenda-${item.key}-up`}
                        onClick={() => move(index, -1)}
                      >
                        {t('meetings.admin.agenda.up', { n })}
                      </Button>
                    ) : null}
                    {index < items.length - 1 ? (
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        id={`agenda-${item.key}-down`}
                        onClick={() => move(index, 1)}
                      >
                        {t('meetings.admin.agenda.down', { n })}
                      </Button>
                    ) : null}
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      id={`agenda-${item.key}-remove`}
                      onClick={() => remove(index)}
                    >
                      {t('meetings.admin.agenda.remove', { n })}
                    </Button>
                  </div>
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
