import { useState } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { PageLoading } from '../../components/PageStates.tsx';
import { errorMessage } from '../../components/errors.ts';
import { useHydrating } from '../../components/use-hydrating.ts';
import { useTRPC } from '../../trpc.ts';
import { QuestionnaireForm } from './QuestionnaireForm.tsx';

/** The query parameter that carries the one-time link's token (docs/adr/0025). */
const TOKEN_PARAM = 'lenke';

/**
 * /sporreskjema?lenke=…: a web questionnaire opened through its one-time link, no sign-in.
 * The server renders this page at its bare path (SECRET_QUERY_PAGES in apps/server), so the
 * token is read here in the browser only; it goes into no link and no title.
 */
export function QuestionnaireAnswerPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const token = params.get(TOKEN_PARAM) ?? '';
  const hasToken = /^[A-Za-z0-9_-]{8,100}$/.test(token);
  const hydrating = useHydrating();
  const [sent, setSent] = useState(false);
  const form = useQuery({
    ...trpc.evaluations.questionnaireForToken.queryOptions({ token }),
    enabled: hasToken && !hydrating && !sent,
    retry: false,
    staleTime: Infinity,
  });
  const submit = useMutation(trpc.evaluations.submitResponse.mutationOptions({ onSuccess: () => setSent(true) }));

  let body;
  if (hydrating) body = <PageLoading />;
  else if (sent) {
    body = (
      <Alert data-color="success" role="status">
        <Paragraph>{t('evaluations.web.questionnaire.thanksTitle')}</Paragraph>
        <Paragraph>{t('evaluations.web.questionnaire.thanksBody')}</Paragraph>
      </Alert>
    );
  } else if (!hasToken) {
    body = (
      <Alert data-color="warning" role="alert">
        <Paragraph>{t('evaluations.web.questionnaire.noLink')}</Paragraph>
      </Alert>
    );
  } else if (form.isPending) body = <PageLoading />;
  else if (form.isError) {
    // «Used or not valid» (404), or a fault: said in words, in the page's one heading.
    body = (
      <Alert data-color="danger" role="alert">
        <Paragraph>{errorMessage(form.error, t)}</Paragraph>
      </Alert>
    );
  } else {
    const data = form.data;
    body = (
      <div lang={data.language} className="kp-stack">
        <QuestionnaireForm
          questions={data.questions}
          mutation={submit}
          submitLabel={t('evaluations.web.questionnaire.submit')}
          onAnswers={(answers) => submit.mutate({ token, answers })}
          intro={
            <>
              {data.intro ? <Paragraph>{data.intro}</Paragraph> : null}
              <Paragraph>{t('evaluations.web.questionnaire.privacy')}</Paragraph>
            </>
          }
        />
      </div>
    );
  }

  // The h1 is the questionnaire's title once known; the document title stays generic.
  const title = !sent && form.data ? form.data.title : t('evaluations.web.questionnaire.pageTitle');
  return (
    <Page title={title} documentTitle={t('evaluations.web.questionnaire.pageTitle')} meta={{ noindex: true }}>
      {body}
    </Page>
  );
}
