import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { SelectField, useI18n } from '@knutepunkt/ui';
import { Section } from '../../components/Section.tsx';
import { OrderedListControls } from '../meetings/OrderedListControls.tsx';
import type { OrderedList } from '../meetings/use-ordered-list.ts';
import type { SpeakerChoice } from './session-values.ts';

export interface PickedSpeaker {
  key: number;
  id: string;
  name: string;
}

/**
 * The session's speakers in the order they are presented: a select and «Legg til» to add one,
 * and the list with up, down and remove (the meetings' ordered-list controls), all by keyboard.
 * What changes is said in the form's live region (`announce`).
 */
export function SpeakerPicker({
  list,
  choices,
  error,
  announce,
  nextKey,
}: {
  list: OrderedList<PickedSpeaker>;
  choices: readonly SpeakerChoice[];
  error: string | undefined;
  announce: (message: string) => void;
  nextKey: () => number;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  const left = choices.filter((c) => !list.items.some((item) => item.id === c.id));
  const add = () => {
    const speaker = left.find((c) => c.id === chosen);
    if (!speaker) return;
    // Focus stays on the select, ready for the next one.
    list.add({ key: nextKey(), id: speaker.id, name: speaker.name }, 'field-speakerIds');
    setChosen('');
    announce(t('conference.admin.session.speakers.added', { name: speaker.name }));
  };

  return (
    <Section title={t('conference.admin.session.field.speakerIds')} level={3} headingRef={list.headingRef}>
      {list.items.length === 0 ? (
        <Paragraph>{t('conference.admin.session.speakers.empty')}</Paragraph>
      ) : (
        <ol className="kp-stack">
          {list.items.map((item, index) => (
            <li key={item.key}>
              <span>{item.name}</span>
              <OrderedListControls
                list={list}
                index={index}
                labels={{
                  up: t('conference.admin.session.speakers.up', { name: item.name }),
                  down: t('conference.admin.session.speakers.down', { name: item.name }),
                  remove: t('conference.admin.session.speakers.remove', { name: item.name }),
                }}
              />
            </li>
          ))}
        </ol>
      )}
      {left.length === 0 ? (
        <Paragraph>
          {t(choices.length === 0 ? 'conference.admin.speakers.empty' : 'conference.admin.session.speakers.noneLeft')}
        </Paragraph>
      ) : (
        <div className="kp-actions">
          <SelectField
            name="speakerIds"
            label={t('conference.admin.session.speakers.choose')}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            options={left.map((c) => ({ value: c.id, label: c.name }))}
            error={error}
          />
          <Button type="button" variant="secondary" onClick={add} disabled={!chosen}>
            {t('conference.admin.session.speakers.add')}
          </Button>
        </div>
      )}
    </Section>
  );
}
