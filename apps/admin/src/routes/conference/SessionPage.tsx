import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { useTRPC } from '../../trpc.ts';
import { SessionForm } from './SessionForm.tsx';
import { formatSessionTime } from './conference-time.ts';
import { type Choices, EMPTY_SESSION, NEW, type Session, sessionValues } from './session-values.ts';

/** /konferanse/:editionId/sesjoner/:sessionId (or …/ny): a session's form, its copy and deletion. */
export function SessionPage() {
  const { editionId = '', sessionId = '' } = useParams();
  const trpc = useTRPC();
  const isNew = sessionId === NEW;
  const choices = useQuery(trpc.conference.sessions.choices.queryOptions({ editionId }));
  const session = useQuery({ ...trpc.conference.sessions.get.queryOptions({ sessionId }), enabled: !isNew });
  return (
    <QueryView query={choices}>
      {(data) =>
        isNew ? (
          <NewSession choices={data} />
        ) : (
          <QueryView query={session}>{(s) => <EditSession key={s.id} choices={data} session={s} />}</QueryView>
        )
      }
    </QueryView>
  );
}

const sessionPath = (editionId: string, sessionId: string) =>
  pathTo(conferencePaths.admin.session, { editionId, sessionId });

function NewSession({ choices }: { choices: Choices }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const editionId = choices.edition.id;
  const create = useMutation(
    trpc.conference.sessions.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.conference.sessions.pathFilter());
        void navigate(sessionPath(editionId, created.id), { state: { flash: t('conference.admin.session.created') } });
      },
    }),
  );
  return (
    <Page title={t('conference.admin.session.newTitle')} lead={<Paragraph>{choices.edition.title}</Paragraph>}>
      <SessionForm
        initial={EMPTY_SESSION}
        initialSpeakers={[]}
        choices={choices}
        submitLabel={t('conference.admin.session.create')}
        pending={create.isPending}
        error={create.error}
        status={null}
        onSubmit={(input) => create.mutate({ editionId, ...input })}
      />
    </Page>
  );
}

function EditSession({ choices, session }: { choices: Choices; session: Session }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const flash = useFlash();
  const [status, setStatus] = useState<string | null>(flash);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const editionId = choices.edition.id;
  const sessionsPath = pathTo(conferencePaths.admin.sessions, { editionId });
  const refresh = () => queryClient.invalidateQueries(trpc.conference.sessions.pathFilter());
  const update = useMutation(
    trpc.conference.sessions.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setStatus(t('conference.admin.session.saved'));
      },
    }),
  );
  const duplicate = useMutation(
    trpc.conference.sessions.duplicate.mutationOptions({
      onSuccess: async (copy) => {
        await refresh();
        void navigate(sessionPath(editionId, copy.id), { state: { flash: t('conference.admin.session.duplicated') } });
      },
    }),
  );
  const remove = useMutation(
    trpc.conference.sessions.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void navigate(sessionsPath, { state: { flash: t('conference.admin.session.deleted') } });
      },
    }),
  );
  const where =
    session.scheduled && session.startsAt && session.room
      ? t('conference.admin.session.where', {
          when: formatSessionTime(locale, session.startsAt),
          room: session.room.name,
        })
      : t('conference.admin.session.notPlaced');

  return (
    <Page
      title={session.title}
      lead={
        <>
          <Paragraph>
            {choices.edition.title} · #{session.number}
          </Paragraph>
          <Paragraph>
            {where} {t('conference.osloTime')}{' '}
            <AppLink to={pathTo(conferencePaths.admin.grid, { editionId })}>
              {t('conference.admin.session.toGrid')}
            </AppLink>
          </Paragraph>
          <Paragraph>
            <AppLink to={sessionsPath}>{t('conference.admin.session.back')}</AppLink>
          </Paragraph>
        </>
      }
      actions={
        <>
          <Button
            type="button"
            variant="secondary"
            loading={duplicate.isPending}
            onClick={() => duplicate.mutate({ sessionId: session.id })}
          >
            {t('conference.admin.session.duplicate')}
          </Button>
          <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirmDelete(true)}>
            {t('conference.admin.session.delete')}
          </Button>
        </>
      }
    >
      <FormErrors error={duplicate.error} />
      <SessionForm
        initial={sessionValues(session)}
        initialSpeakers={session.speakers}
        choices={choices}
        submitLabel={t('conference.admin.session.save')}
        pending={update.isPending}
        error={update.error}
        status={status}
        onSubmit={(input) => {
          setStatus(null);
          update.mutate({ sessionId: session.id, ...input });
        }}
      />
      {confirmDelete ? (
        <ConfirmMutationDialog
          title={t('conference.admin.session.delete')}
          confirmLabel={t('conference.admin.session.delete')}
          mutation={remove}
          onConfirm={() => remove.mutate({ sessionId: session.id })}
          onCancel={() => setConfirmDelete(false)}
        >
          {t('conference.admin.session.delete.confirm', { title: session.title })}
        </ConfirmMutationDialog>
      ) : null}
    </Page>
  );
}
