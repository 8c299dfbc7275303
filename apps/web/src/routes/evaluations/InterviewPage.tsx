import { useState } from 'react';
import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { FactList } from '../../components/FactList.tsx';
import { FormStatus } from '../../components/FormStatus.tsx';
import { Page } from '../../components/Page.tsx';
import { errorMessage } from '../../components/errors.ts';
import { type Outputs, fieldErrorsOf, useTRPC, useTRPCClient } from '../../trpc.ts';
import { ConsentSection } from './ConsentSection.tsx';
import { InterviewFactsForm } from './InterviewFactsForm.tsx';
import { NoteField } from './NoteField.tsx';
import { formatDay } from './collection-format.ts';

type Interview = Outputs['evaluations']['interview'];

function EditFacts({ interview }: { interview: Interview }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const update = useMutation(
    trpc.evaluations.updateInterview.mutationOptions({
      onSuccess: async () => {
        setSuccess(t('evaluations.web.collection.factsSaved'));
        await queryClient.invalidateQueries(trpc.evaluations.pathFilter());
      },
      onError: (error) => {
        const f = fieldErrorsOf(error);
        if (Object.keys(f).length > 0) setFields(f);
        else setFailure(errorMessage(error, t));
      },
    }),
  );
  return (
    <Details>
      <Details.Summary>{t('evaluations.web.interview.editFacts')}</Details.Summary>
      <Details.Content>
        <FormStatus success={success} failure={failure} />
        <InterviewFactsForm
          idPrefix="intervju"
          initial={{
            code: interview.code,
            kind: interview.kind,
            heldOn: interview.heldOn,
            participants: interview.participants,
          }}
          submitLabel={t('evaluations.web.collection.saveFacts')}
          pending={update.isPending}
          fieldErrors={fields}
          onSubmit={(facts) => {
            setFields(null);
            setFailure(null);
            setSuccess(null);
            update.mutate({ interviewId: interview.id, ...facts });
          }}
        />
      </Details.Content>
    </Details>
  );
}

function InterviewView({ interview, onReload }: { interview: Interview; onReload: () => void }) {
  const { t, locale } = useI18n();
  const client = useTRPCClient();
  const notes = new Map(interview.notes.map((n) => [n.questionKey, n]));
  const readOnly = !interview.evaluation.canCollect;
  return (
    <>
      <section aria-labelledby="facts-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="facts-heading">
          {t('evaluations.web.interview.facts')}
        </Heading>
        <FactList
          facts={[
            [t('evaluations.web.collection.col.kind'), t(`evaluations.web.collection.kind.${interview.kind}`)],
            [t('evaluations.web.collection.col.heldOn'), formatDay(interview.heldOn, locale)],
            [t('evaluations.web.collection.col.participants'), interview.participants],
            [
              t('evaluations.web.interview.guideVersion'),
              t('evaluations.web.interview.guideVersionValue', { version: interview.guide.version }),
            ],
          ]}
        />
        {readOnly ? null : <EditFacts interview={interview} />}
      </section>
      <ConsentSection interview={interview} />
      <section aria-labelledby="notes-heading" className="kp-stack">
        <Heading level={2} data-size="sm" id="notes-heading">
          {t('evaluations.web.notes.heading')}
        </Heading>
        <Paragraph>{t('evaluations.web.notes.intro')}</Paragraph>
        {interview.guide.themes.map((theme) => (
          <section key={theme.key} aria-labelledby={`theme-${theme.key}`} className="kp-stack">
            <Heading level={3} data-size="xs" id={`theme-${theme.key}`}>
              {theme.title}
            </Heading>
            {theme.questions.map((q) => {
              const note = notes.get(q.key);
              return (
                <NoteField
                  key={q.key}
                  id={`notat-${q.key}`}
                  question={q.text}
                  initialText={note?.body ?? ''}
                  initialRevision={note?.revision ?? 0}
                  readOnly={readOnly}
                  save={(body, revision, warningShown) =>
                    client.evaluations.saveNote.mutate({
                      interviewId: interview.id,
                      questionKey: q.key,
                      body,
                      revision,
                      warningShown,
                    })
                  }
                  onReload={onReload}
                />
              );
            })}
          </section>
        ))}
      </section>
    </>
  );
}

/**
 * /mine-evalueringer/:evaluationId/team/intervju/:interviewId: one interview (docs/adr/0025): its
 * facts, the consent, and a note per guide question, grouped by theme, saved as the person
 * writes. Opening the page is a raw read the server logs, so the page reads once: no refetch on
 * focus or reconnect (which would also swap the text under the person's cursor). «Last siden på
 * nytt» after a conflict fetches again and starts the fields afresh.
 */
export function InterviewPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { evaluationId = '', interviewId = '' } = useParams();
  const [generation, setGeneration] = useState(0);
  const query = useQuery({
    ...trpc.evaluations.interview.queryOptions({ interviewId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const reload = () => {
    void query.refetch().then(() => setGeneration((g) => g + 1));
  };
  // The query decides the page: not the team's (404) gives the not-found page, with its one h1.
  return (
    <QueryView query={query}>
      {(interview) => (
        <Page
          title={t('evaluations.web.interview.title', { code: interview.code })}
          meta={{ noindex: true }}
          before={
            <BackLink to={pathTo(evaluationPaths.web.team, { evaluationId })}>
              {t('evaluations.web.interview.back')}
            </BackLink>
          }
        >
          <InterviewView key={generation} interview={interview} onReload={reload} />
        </Page>
      )}
    </QueryView>
  );
}
