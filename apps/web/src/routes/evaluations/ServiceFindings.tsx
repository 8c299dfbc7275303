import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { Markdown, QueryView, useI18n } from '@knutepunkt/ui';
import { type Fact, FactList } from '../../components/FactList.tsx';
import { formatDate } from '../../components/format.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatMeetingTime } from '../meetings/format.ts';

type Overview = Outputs['evaluations']['serviceOverview'];

/**
 * A section of ServicePage (docs/adr/0025): the agreement and plan, and the preliminary
 * findings once the lead has shared them, with only the quotes that may leave the team.
 * Counts under the evaluation's minimum come from the server as null: «færre enn N».
 */
export function ServiceFindings({ evaluationId }: { evaluationId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.evaluations.serviceOverview.queryOptions({ evaluationId }));
  return (
    <QueryView query={query} scope="section" headingLevel={2}>
      {(overview) => (
        <>
          <Plan overview={overview} />
          <Findings overview={overview} />
          <Dialogue overview={overview} />
        </>
      )}
    </QueryView>
  );
}

function Plan({ overview }: { overview: Overview }) {
  const { t, locale } = useI18n();
  const k = 'evaluations.web.serviceFindings';
  const { organisations: o, timeline, plan, agreement } = overview;
  const day = (d: string | null) => (d ? formatDate(`${d}T12:00:00Z`, locale) : null);
  const period = [day(timeline.startsOn), day(timeline.endsOn)].filter(Boolean).join(' – ');
  const facts = (
    [
      [t(`${k}.service`), o.service],
      [t(`${k}.commissioner`), o.commissioner],
      [t(`${k}.centre`), o.centre],
      [t(`${k}.phase`), t(`evaluations.phase.${overview.evaluation.phase}`)],
      [t(`${k}.period`), period || null],
      [t(`${k}.agreementSigned`), day(timeline.agreementSignedOn)],
      [t(`${k}.methods`), plan.methods.map((m) => t(`${k}.method.${m}`)).join(', ') || null],
      [t(`${k}.lead`), plan.lead],
      [t(`${k}.interviewers`), String(plan.interviewers)],
    ] as Array<[string, string | null]>
  ).filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
  const planned: Fact[] = (
    [
      [t(`${k}.plannedGroupInterviews`), plan.plannedGroupInterviews],
      [t(`${k}.plannedIndividualInterviews`), plan.plannedIndividualInterviews],
      [t(`${k}.plannedParticipants`), plan.plannedParticipants],
      [t(`${k}.plannedResponses`), plan.plannedQuestionnaireResponses],
    ] as Array<[string, number]>
  )
    .filter(([, n]) => n > 0)
    .map(([label, n]) => [label, String(n)] as const);
  return (
    <section className="kp-stack" aria-labelledby="tjeneste-plan">
      <Heading level={2} data-size="sm" id="tjeneste-plan">
        {t(`${k}.planHeading`)}
      </Heading>
      <FactList facts={facts} />
      <Paragraph data-size="sm">{t(`${k}.interviewersNote`)}</Paragraph>
      {(
        [
          ['purpose', agreement.purpose],
          ['questions', agreement.questions],
          ['scope', agreement.scope],
          ['targetGroups', plan.targetGroups],
        ] as const
      )
        .filter(([, text]) => text.trim() !== '')
        .map(([key, text]) => (
          <div key={key} className="kp-stack">
            <Heading level={3} data-size="xs">
              {t(`${k}.${key}`)}
            </Heading>
            <Markdown source={text} lang={overview.evaluation.language} />
          </div>
        ))}
      {planned.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {t(`${k}.planned`)}
          </Heading>
          <FactList facts={planned} />
        </>
      ) : null}
    </section>
  );
}

function Findings({ overview }: { overview: Overview }) {
  const { t, locale } = useI18n();
  const k = 'evaluations.web.serviceFindings';
  const count = (n: number | null) =>
    n === null ? t('evaluations.fewerThan', { min: overview.minGroupSize }) : String(n);
  return (
    <section className="kp-stack" aria-labelledby="tjeneste-funn">
      <Heading level={2} data-size="sm" id="tjeneste-funn">
        {t(`${k}.findingsHeading`)}
      </Heading>
      {!overview.findingsSharedAt ? (
        <Paragraph>{t(`${k}.notShared`)}</Paragraph>
      ) : (
        <>
          <Paragraph>{t(`${k}.sharedOn`, { date: formatDate(overview.findingsSharedAt, locale) })}</Paragraph>
          {overview.heard ? (
            <>
              <Heading level={3} data-size="xs">
                {t(`${k}.heard`)}
              </Heading>
              <FactList
                facts={[
                  [t(`${k}.groupInterviews`), count(overview.heard.groupInterviews)],
                  [t(`${k}.individualInterviews`), count(overview.heard.individualInterviews)],
                  [t(`${k}.participants`), count(overview.heard.participants)],
                ]}
              />
            </>
          ) : null}
          {overview.themes.length === 0 ? <Paragraph>{t(`${k}.noFindings`)}</Paragraph> : null}
          {overview.themes.map((theme) => (
            <div key={theme.id} className="kp-stack">
              <Heading level={3} data-size="xs">
                {theme.title}
              </Heading>
              {theme.description ? <Paragraph>{theme.description}</Paragraph> : null}
              <ul className="kp-stack">
                {theme.findings.map((finding) => (
                  <li key={finding.id} className="kp-stack">
                    <Markdown source={finding.text} lang={overview.evaluation.language} />
                    {finding.quotes.map((quote) => (
                      <blockquote key={quote.id}>
                        <Paragraph>«{quote.text}»</Paragraph>
                      </blockquote>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function Dialogue({ overview }: { overview: Overview }) {
  const { t, locale } = useI18n();
  const k = 'evaluations.web.serviceFindings';
  const meeting = overview.dialogueMeeting;
  return (
    <section className="kp-stack" aria-labelledby="tjeneste-dialog">
      <Heading level={2} data-size="sm" id="tjeneste-dialog">
        {t(`${k}.dialogueHeading`)}
      </Heading>
      {meeting ? (
        <Paragraph>
          <DsLink asChild>
            <Link to={pathTo(meetingPaths.web.meeting, { slug: meeting.slug })}>
              {t(`${k}.dialogueLink`, { date: formatMeetingTime(meeting.startsAt, meeting.endsAt, locale) })}
            </Link>
          </DsLink>
        </Paragraph>
      ) : (
        <Paragraph>{t(`${k}.noDialogue`)}</Paragraph>
      )}
    </section>
  );
}
