import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { conferencePaths, isSlug, organisationPaths, pathTo } from '@knutepunkt/domain';
import { Markdown, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { type Fact, FactList } from '../../components/FactList.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import type { Outputs } from '../../trpc.ts';
import { programmeLookup, useProgramme } from './programme-data.ts';
import { SessionCard } from './SessionCard.tsx';
import { numberParam } from './programme-params.ts';
import { SpeakerPhoto } from './SpeakersPage.tsx';
import './conference.css';

type Programme = Outputs['conference']['programme'];

function SpeakerView({ slug, programme, number }: { slug: string; programme: Programme; number: number }) {
  const { t } = useI18n();
  const { snapshot } = programme;
  const speaker = snapshot.speakers.find((s) => s.number === number);
  if (!speaker) return <PageNotFound />;
  const lookup = programmeLookup(snapshot);
  const sessions = snapshot.sessions.filter((s) => s.speakers.includes(number));
  const facts: Fact[] = speaker.organisation
    ? [
        [
          t('conference.web.speaker.organisation'),
          <DsLink asChild>
            <Link to={pathTo(organisationPaths.web.organisation, { slug: speaker.organisation.slug })}>
              {speaker.organisation.name}
            </Link>
          </DsLink>,
        ],
      ]
    : [];
  return (
    <Page
      title={speaker.name}
      meta={{
        description: [speaker.contribution, speaker.organisation?.name, snapshot.edition.title]
          .filter(Boolean)
          .join('. '),
        ...(speaker.photo
          ? {
              image: {
                path: pathTo(conferencePaths.web.image, { imageKey: speaker.photo.key }),
                alt: speaker.photo.alt,
              },
            }
          : {}),
      }}
      before={
        <BackLink to={pathTo(conferencePaths.web.speakers, { slug })}>{t('conference.web.speaker.back')}</BackLink>
      }
    >
      <SpeakerPhoto speaker={speaker} />
      {speaker.contribution ? <Paragraph>{speaker.contribution}</Paragraph> : null}
      {facts.length > 0 ? <FactList facts={facts} /> : null}
      {speaker.bio.trim() ? (
        <section aria-labelledby="bio-heading" className="kp-stack">
          <Heading level={2} data-size="sm" id="bio-heading">
            {t('conference.web.speaker.about')}
          </Heading>
          <Markdown source={speaker.bio} lang={speaker.bioLanguage} />
        </section>
      ) : null}
      <section aria-labelledby="sessions-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="sessions-heading">
          {t('conference.web.programme.results')}
        </Heading>
        <Paragraph data-size="sm">{t('conference.osloTime')}</Paragraph>
        {sessions.map((s) => (
          <SessionCard key={s.guid} slug={slug} session={s} lookup={lookup} />
        ))}
      </section>
    </Page>
  );
}

/** /konferanse/:slug/foredragsholder/:number: a speaker of the newest published release and their sessions. */
export function SpeakerPage() {
  const { slug = '', number: numberText } = useParams();
  const number = numberParam(numberText);
  const query = useProgramme(slug);
  if (!isSlug(slug) || number === null) return <PageNotFound />;
  return (
    <QueryView query={query}>
      {(programme) => <SpeakerView slug={slug} programme={programme} number={number} />}
    </QueryView>
  );
}
