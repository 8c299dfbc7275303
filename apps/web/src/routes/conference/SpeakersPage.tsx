import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { type SnapshotSpeaker, conferencePaths, isSlug, pathTo } from '@knutepunkt/domain';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { useProgramme } from './programme-data.ts';
import './conference.css';

/** A speaker's photo as published, with the alternative text the coordinators wrote (none: decorative). */
export function SpeakerPhoto({ speaker }: { speaker: SnapshotSpeaker }) {
  if (!speaker.photo) return null;
  return (
    <img
      className="kp-conf-photo"
      src={pathTo(conferencePaths.web.image, { imageKey: speaker.photo.key })}
      alt={speaker.photo.alt}
      loading="lazy"
      width={192}
      height={192}
    />
  );
}

/** /konferanse/:slug/foredragsholdere: everyone speaking in the newest published release, by name. */
export function SpeakersPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const query = useProgramme(slug);
  if (!isSlug(slug)) return <PageNotFound />;
  return (
    <QueryView query={query}>
      {({ snapshot }) => {
        const speakers = [...snapshot.speakers].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
        return (
          <Page
            title={t('conference.web.speakers.documentTitle', { edition: snapshot.edition.title })}
            meta={{ description: speakers.map((s) => s.name).join(', ') || snapshot.edition.title }}
            before={
              <BackLink to={pathTo(conferencePaths.web.edition, { slug })}>
                {t('conference.web.edition.about')}
              </BackLink>
            }
          >
            {speakers.length === 0 ? (
              <EmptyState headingLevel={2} message={t('conference.web.speakers.empty')} />
            ) : (
              <ul className="kp-conf-people">
                {speakers.map((sp) => (
                  <li key={sp.guid} className="kp-card">
                    <SpeakerPhoto speaker={sp} />
                    <Heading level={2} data-size="xs">
                      <DsLink asChild>
                        <Link to={pathTo(conferencePaths.web.speaker, { slug, number: String(sp.number) })}>
                          {sp.name}
                        </Link>
                      </DsLink>
                    </Heading>
                    {sp.organisation ? <Paragraph data-size="sm">{sp.organisation.name}</Paragraph> : null}
                    {sp.contribution ? <Paragraph data-size="sm">{sp.contribution}</Paragraph> : null}
                  </li>
                ))}
              </ul>
            )}
          </Page>
        );
      }}
    </QueryView>
  );
}
