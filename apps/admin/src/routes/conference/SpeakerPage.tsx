import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { useTRPC } from '../../trpc.ts';
import { SpeakerForm } from './SpeakerForm.tsx';
import { SpeakerPhoto } from './SpeakerPhoto.tsx';
import { formatSessionTime } from './conference-time.ts';
import { type Choices, NEW } from './session-values.ts';
import { EMPTY_SPEAKER, type Speaker, speakerValues } from './speaker-values.ts';

/** /konferanse/:editionId/foredragsholdere/:speakerId (or …/ny): a speaker's profile, photo and sessions. */
export function SpeakerPage() {
  const { editionId = '', speakerId = '' } = useParams();
  const trpc = useTRPC();
  const isNew = speakerId === NEW;
  const choices = useQuery(trpc.conference.sessions.choices.queryOptions({ editionId }));
  const speaker = useQuery({ ...trpc.conference.speakers.get.queryOptions({ speakerId }), enabled: !isNew });
  return (
    <QueryView query={choices}>
      {(data) =>
        isNew ? (
          <NewSpeaker choices={data} />
        ) : (
          <QueryView query={speaker}>{(s) => <EditSpeaker key={s.id} choices={data} speaker={s} />}</QueryView>
        )
      }
    </QueryView>
  );
}

const speakerPath = (editionId: string, speakerId: string) =>
  pathTo(conferencePaths.admin.speaker, { editionId, speakerId });

function NewSpeaker({ choices }: { choices: Choices }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const editionId = choices.edition.id;
  const create = useMutation(
    trpc.conference.speakers.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.conference.pathFilter());
        void navigate(speakerPath(editionId, created.id), { state: { flash: t('conference.admin.speaker.created') } });
      },
    }),
  );
  return (
    <Page title={t('conference.admin.speaker.newTitle')} lead={<Paragraph>{choices.edition.title}</Paragraph>}>
      <SpeakerForm
        initial={EMPTY_SPEAKER}
        organisations={choices.organisations}
        hasPhoto={false}
        submitLabel={t('conference.admin.speaker.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) => create.mutate({ editionId, ...input })}
      />
    </Page>
  );
}

function EditSpeaker({ choices, speaker }: { choices: Choices; speaker: Speaker }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string | null>(useFlash());
  const [confirmDelete, setConfirmDelete] = useState(false);
  const editionId = choices.edition.id;
  const speakersPath = pathTo(conferencePaths.admin.speakers, { editionId });
  const refresh = async (message: string) => {
    await queryClient.invalidateQueries(trpc.conference.pathFilter());
    setStatus(message);
  };
  const update = useMutation(
    trpc.conference.speakers.update.mutationOptions({
      onSuccess: () => refresh(t('conference.admin.speaker.saved')),
    }),
  );
  const remove = useMutation(
    trpc.conference.speakers.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.conference.pathFilter());
        void navigate(speakersPath, { state: { flash: t('conference.admin.speaker.deleted') } });
      },
    }),
  );

  return (
    <Page
      title={speaker.name}
      lead={
        <Paragraph>
          {choices.edition.title} · <AppLink to={speakersPath}>{t('conference.admin.speaker.back')}</AppLink>
        </Paragraph>
      }
      actions={
        <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirmDelete(true)}>
          {t('conference.admin.speaker.delete')}
        </Button>
      }
    >
      <StatusMessage message={status} />
      <SpeakerForm
        key={String(speaker.updatedAt)}
        initial={speakerValues(speaker)}
        organisations={choices.organisations}
        hasPhoto={speaker.photoKey !== null}
        submitLabel={t('conference.admin.speaker.save')}
        pending={update.isPending}
        error={update.error}
        onSubmit={(input) => {
          setStatus(null);
          update.mutate({ speakerId: speaker.id, ...input });
        }}
      />
      <SpeakerPhoto speaker={speaker} onChange={refresh} />
      <Section title={t('conference.admin.speaker.sessions')}>
        {speaker.sessions.length === 0 ? (
          <Paragraph>{t('conference.admin.speaker.sessions.none')}</Paragraph>
        ) : (
          <ul className="kp-stack">
            {speaker.sessions.map((s) => (
              <li key={s.id}>
                <AppLink to={pathTo(conferencePaths.admin.session, { editionId, sessionId: s.id })}>
                  #{s.number} {s.title}
                </AppLink>
                {' – '}
                {s.startsAt
                  ? `${formatSessionTime(locale, s.startsAt)}${s.roomName ? `, ${s.roomName}` : ''}`
                  : t('conference.admin.sessions.unscheduled')}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {confirmDelete ? (
        <ConfirmMutationDialog
          title={t('conference.admin.speaker.delete')}
          confirmLabel={t('conference.admin.speaker.delete')}
          mutation={remove}
          onConfirm={() => remove.mutate({ speakerId: speaker.id })}
          onCancel={() => setConfirmDelete(false)}
        >
          {t('conference.admin.speaker.delete.confirm', { name: speaker.name })}
        </ConfirmMutationDialog>
      ) : null}
    </Page>
  );
}
