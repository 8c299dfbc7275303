import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { EditionForm } from './EditionForm.tsx';
import { PartnersEditor } from './PartnersEditor.tsx';
import { formatDays } from './days.ts';
import { type EditionForEditing, editionInput, editionValues } from './edition-values.ts';

/** /konferanse/:editionId: an edition's settings, its organisers and partners, and the way to its parts. */
export function EditionPage() {
  const { editionId = '' } = useParams();
  const trpc = useTRPC();
  const edition = useQuery(trpc.conference.editing.edition.queryOptions({ editionId }));
  return <QueryView query={edition}>{(data) => <EditionView edition={data} />}</QueryView>;
}

const PARTS = ['rooms', 'tracks', 'sessions', 'speakers', 'grid', 'releases', 'signups'] as const;

function EditionView({ edition }: { edition: EditionForEditing }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(useFlash());
  const update = useMutation(
    trpc.conference.editing.updateEdition.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId: edition.id }));
        await queryClient.invalidateQueries(trpc.conference.editions.queryFilter());
        setStatus(t('conference.admin.edition.saved'));
      },
    }),
  );
  const n = (value: number) => formatNumber(locale, value);

  return (
    <Page
      title={edition.title}
      lead={
        <>
          <Paragraph>
            {formatDays(locale, edition.startsOn, edition.endsOn)}
            {edition.venueName ? `, ${edition.venueName}` : ''}
          </Paragraph>
          <Paragraph>
            {t('conference.admin.edition.counts', {
              sessions: n(edition.counts.sessions),
              scheduled: n(edition.counts.scheduled),
              speakers: n(edition.counts.speakers),
              published: n(edition.counts.published),
            })}
          </Paragraph>
        </>
      }
    >
      <StatusMessage message={status} />
      <nav aria-label={t('conference.admin.edition.parts')}>
        <ul className="kp-stack">
          {PARTS.map((part) => (
            <li key={part}>
              <AppLink to={pathTo(conferencePaths.admin[part], { editionId: edition.id })}>
                {t(`conference.admin.edition.part.${part}`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <Section title={t('conference.admin.edition.settings')}>
        <EditionForm
          initial={editionValues(edition)}
          submitLabel={t('conference.admin.edition.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(values) => {
            setStatus(null);
            update.mutate({ editionId: edition.id, ...editionInput(values) });
          }}
        />
      </Section>
      <PartnersEditor edition={edition} onStatus={setStatus} />
    </Page>
  );
}
