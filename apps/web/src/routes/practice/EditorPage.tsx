import { useRef, useState } from 'react';
import { Alert, Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { idField, nextVersionState, pathTo, practicePaths, shellPaths } from '@knutepunkt/domain';
import { ErrorState, Loading, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { AttachmentsSection } from './Attachments.tsx';
import { EditorForm, type Version } from './EditorForm.tsx';
import { ExampleContact, ExampleSections, ExampleTags } from './ExampleBody.tsx';
import { contentLang, formatDay, formatDayAndTime } from './format.ts';
import { VersionHistory } from './VersionHistory.tsx';
import './practice.css';

type WorkingCopy = Outputs['practice']['workingCopy'];

/** A version shown as readers would see it, when it cannot be edited (in review, or published). */
function ReadOnlyVersion({ version }: { version: Version }) {
  const { t } = useI18n();
  const lang = contentLang(version.language);
  return (
    <article aria-labelledby="readonly-title" className="kp-card kp-stack">
      <Heading level={2} data-size="md" id="readonly-title">
        <span lang={lang}>{version.title}</span>
      </Heading>
      {version.summary ? (
        <p className="kp-lead" lang={lang}>
          {version.summary}
        </p>
      ) : null}
      <ExampleSections content={version} />
      <Heading level={2} data-size="sm">
        {t('practice.web.example.tagsHeading')}
      </Heading>
      <ExampleTags content={version} />
      <Heading level={2} data-size="sm">
        {t('practice.section.contact')}
      </Heading>
      <ExampleContact content={version} />
    </article>
  );
}

/** What the reviewers said when they sent the version back: first thing on the page, in full. */
function ReturnedBanner({ version }: { version: Version }) {
  const { t, locale } = useI18n();
  return (
    <Alert data-color="warning" className="kp-banner">
      <Heading level={2} data-size="xs">
        {t('practice.web.editor.returnedHeading')}
      </Heading>
      <Paragraph>{t('practice.web.editor.returnedText')}</Paragraph>
      {version.comments.map((c) => (
        <blockquote key={c.id} className="kp-comment">
          <span className="kp-comment__meta">
            {t('practice.web.editor.commentOn', { date: formatDayAndTime(c.createdAt, locale) })}
          </span>
          {'\n'}
          {c.body}
        </blockquote>
      ))}
    </Alert>
  );
}

function Workspace({ copy, onReload }: { copy: WorkingCopy; onReload: () => Promise<unknown> }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.practice.history.queryOptions({ exampleId: copy.id }));
  const [message, setMessage] = useState<string | null>(null);
  // Remounts the form after a conflict, so it starts from the server's newest text.
  const [generation, setGeneration] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);
  const announce = (text: string) => {
    setMessage(text);
    // The button that was pressed is gone with the state it belonged to; focus goes to what happened.
    statusRef.current?.focus();
  };
  const refresh = () => queryClient.invalidateQueries(trpc.practice.pathFilter());

  const withdraw = useMutation(
    trpc.practice.withdraw.mutationOptions({
      onSuccess: async () => {
        await refresh();
        announce(t('practice.web.editor.withdrawn'));
      },
    }),
  );
  const startRevision = useMutation(
    trpc.practice.startRevision.mutationOptions({
      onSuccess: async () => {
        await refresh();
        announce(t('practice.web.editor.revisionStarted'));
      },
    }),
  );
  const failure = withdraw.isError
    ? errorMessage(withdraw.error, t)
    : startRevision.isError
      ? errorMessage(startRevision.error, t)
      : null;

  const { working, published, organisation } = copy;
  const version = working ?? published;
  const title = version?.title ?? '';

  let banner = null;
  let body = null;
  if (working && working.state === 'IN_REVIEW') {
    banner = (
      <Alert data-color="info" className="kp-banner">
        <Heading level={2} data-size="xs">
          {t('practice.web.editor.reviewHeading')}
        </Heading>
        <Paragraph>
          {t('practice.web.editor.reviewText', { date: formatDay(working.submittedAt ?? working.updatedAt, locale) })}
        </Paragraph>
        <div>
          <Button
            type="button"
            variant="secondary"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate({ versionId: working.id })}
          >
            {t('practice.web.editor.withdraw')}
          </Button>
        </div>
      </Alert>
    );
    body = <ReadOnlyVersion version={working} />;
  } else if (working) {
    banner =
      working.state === 'RETURNED' ? (
        <ReturnedBanner version={working} />
      ) : (
        <Alert data-color="info" className="kp-banner">
          <Heading level={2} data-size="xs">
            {t('practice.web.editor.draftHeading')}
          </Heading>
          <Paragraph>{t('practice.web.editor.draftText', { organisation: organisation.name })}</Paragraph>
        </Alert>
      );
    body = (
      <EditorForm
        key={`${working.id}:${generation}`}
        version={working}
        attachments={copy.attachments}
        reloaded={generation > 0}
        onReload={() => void onReload().then(() => setGeneration((g) => g + 1))}
        onSubmitted={announce}
      />
    );
  } else if (published) {
    banner = (
      <Alert data-color="success" className="kp-banner">
        <Heading level={2} data-size="xs">
          {t('practice.web.editor.publishedHeading')}
        </Heading>
        <Paragraph>{t('practice.web.editor.publishedText')}</Paragraph>
        <div>
          <Button
            type="button"
            loading={startRevision.isPending}
            onClick={() => startRevision.mutate({ exampleId: copy.id })}
          >
            {t('practice.web.editor.startRevision')}
          </Button>
        </div>
      </Alert>
    );
    body = <ReadOnlyVersion version={published} />;
  }

  return (
    <Page
      meta={{ noindex: true }}
      title={t('practice.web.editor.title')}
      documentTitle={t('practice.web.editor.documentTitle', { title })}
      before={<BackLink to={shellPaths.web.myPage}>{t('practice.web.editor.back')}</BackLink>}
    >
      {version ? (
        <Paragraph>
          {t('practice.web.editor.of', { title, organisation: organisation.name, number: version.number })}
        </Paragraph>
      ) : null}
      <div ref={statusRef} tabIndex={-1} className="kp-focus-target">
        <FormStatus success={message} failure={failure} />
      </div>
      {copy.archivedAt ? <Paragraph>{t('practice.web.editor.archived')}</Paragraph> : null}
      {banner}
      {published && working ? (
        <Paragraph>
          {t('practice.web.editor.publishedStillVisible')}{' '}
          {copy.archivedAt ? null : (
            <DsLink asChild>
              <Link to={pathTo(practicePaths.web.example, { slug: copy.slug })}>
                {t('practice.web.editor.viewPublished')}
              </Link>
            </DsLink>
          )}
        </Paragraph>
      ) : null}
      {published && !working && !copy.archivedAt ? (
        <Paragraph>
          <DsLink asChild>
            <Link to={pathTo(practicePaths.web.example, { slug: copy.slug })}>
              {t('practice.web.editor.viewPublished')}
            </Link>
          </DsLink>
        </Paragraph>
      ) : null}
      {body}
      {version && !(working && nextVersionState(working.state, 'edit')) ? (
        <AttachmentsSection
          exampleId={copy.id}
          attachments={copy.attachments}
          editable={false}
          lang={contentLang(version.language)}
        />
      ) : null}
      {history.isPending ? <Loading /> : null}
      {history.isError ? (
        <ErrorState headingLevel={2} message={errorMessage(history.error, t)} onRetry={() => void history.refetch()} />
      ) : null}
      {history.data ? <VersionHistory versions={history.data} /> : null}
    </Page>
  );
}

function EditorView({ exampleId }: { exampleId: string }) {
  const trpc = useTRPC();
  // Never reused from the cache: the editor must start from the server's latest text.
  const copy = useQuery({
    ...trpc.practice.workingCopy.queryOptions({ exampleId }),
    staleTime: 0,
    refetchOnMount: 'always',
  });
  return <QueryView query={copy}>{(data) => <Workspace copy={data} onReload={() => copy.refetch()} />}</QueryView>;
}

/** The editors' workspace for one example: write and save, submit, withdraw, start a revision. */
export function EditorPage() {
  const { exampleId = '' } = useParams();
  if (!idField.safeParse(exampleId).success) return <PageNotFound />;
  return <RequireSignIn>{() => <EditorView exampleId={exampleId} />}</RequireSignIn>;
}
