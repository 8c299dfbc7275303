import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { pathTo, practicePaths } from '@knutepunkt/domain';
import { ConfirmDialog, TextArea, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { describeError, errorCode } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';

export interface ReviewDecisionProps {
  versionId: string;
  title: string;
  /** A revision replaces a published version; the confirmation says so. */
  isRevision: boolean;
  /** Someone else acted first (CONFLICT): the page shows the message and reloads the version. */
  onConflict: (message: string) => void;
}

const RETURN_ID = 'review-return-comment';
const PUBLISH_ID = 'review-publish-comment';

/**
 * The reviewer's two choices: send back with a comment (required, checked
 * here before anything is sent) or publish (after a confirmation). Either
 * way the reviewer goes back to the queue, which says what happened.
 */
export function ReviewDecision({ versionId, title, isRevision, onConflict }: ReviewDecisionProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const returnRef = useRef<HTMLTextAreaElement>(null);
  const [returnComment, setReturnComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const [publishComment, setPublishComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const returnHeading = useId();
  const publishHeading = useId();

  const done = async (flash: string) => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.practice.queue.queryFilter()),
      queryClient.invalidateQueries(trpc.practice.list.queryFilter()),
      queryClient.invalidateQueries(trpc.practice.forReview.queryFilter({ versionId })),
      queryClient.invalidateQueries(trpc.outbox.list.queryFilter()),
    ]);
    await navigate(pathTo(practicePaths.admin.queue), { state: { flash } });
  };
  const failed = (error: unknown) => {
    if (errorCode(error) !== 'CONFLICT') return;
    setConfirming(false);
    onConflict(describeError(error, t).message);
  };

  const sendBack = useMutation(
    trpc.practice.return.mutationOptions({
      onSuccess: () => done(t('practiceAdmin.return.done', { title })),
      onError: failed,
    }),
  );
  const publish = useMutation(
    trpc.practice.publish.mutationOptions({
      onSuccess: () => done(t('practiceAdmin.publish.done', { title })),
      onError: failed,
    }),
  );
  const returnErrorFor = useFieldErrors(sendBack.error);
  const publishErrorFor = useFieldErrors(publish.error);
  // A conflict is shown by the page, above both forms.
  const shownError = (error: unknown) => (error && errorCode(error) !== 'CONFLICT' ? error : null);

  const onSendBack = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sendBack.isPending || publish.isPending) return;
    if (returnComment.trim() === '') {
      // Said at the field, and focus goes there, so the reviewer hears it and can write at once.
      setMissingComment(true);
      returnRef.current?.focus();
      return;
    }
    setMissingComment(false);
    sendBack.mutate({ versionId, comment: returnComment });
  };

  const onPublish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sendBack.isPending || publish.isPending) return;
    publish.reset();
    setConfirming(true);
  };

  return (
    <Section title={t('practiceAdmin.decide.heading')}>
      <div className="kp-decide">
        <form onSubmit={onSendBack} noValidate className="kp-form kp-decide__form" aria-labelledby={returnHeading}>
          <Heading level={3} id={returnHeading} data-size="xs">
            {t('practiceAdmin.return.heading')}
          </Heading>
          <FormErrors
            error={shownError(sendBack.error)}
            order={['comment']}
            idFor={() => RETURN_ID}
            labels={{ comment: t('practiceAdmin.return.comment') }}
          />
          <TextArea
            ref={returnRef}
            id={RETURN_ID}
            name="comment"
            label={t('practiceAdmin.return.comment')}
            description={t('practiceAdmin.return.commentHint')}
            required
            rows={6}
            value={returnComment}
            onChange={(event) => {
              setReturnComment(event.target.value);
              if (missingComment && event.target.value.trim() !== '') setMissingComment(false);
            }}
            error={missingComment ? t('practiceAdmin.return.required') : returnErrorFor('comment')}
          />
          <div>
            <Button type="submit" variant="secondary" loading={sendBack.isPending}>
              {t('practiceAdmin.return.submit')}
            </Button>
          </div>
        </form>
        <form onSubmit={onPublish} noValidate className="kp-form kp-decide__form" aria-labelledby={publishHeading}>
          <Heading level={3} id={publishHeading} data-size="xs">
            {t('practiceAdmin.publish.heading')}
          </Heading>
          <TextArea
            id={PUBLISH_ID}
            name="publishComment"
            label={t('practiceAdmin.publish.comment')}
            description={t('practiceAdmin.publish.commentHint')}
            rows={3}
            value={publishComment}
            onChange={(event) => setPublishComment(event.target.value)}
            error={publishErrorFor('comment')}
          />
          <div>
            <Button type="submit" loading={publish.isPending}>
              {t('practiceAdmin.publish.submit')}
            </Button>
          </div>
        </form>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('practiceAdmin.publish.confirmTitle', { title })}
          confirmLabel={t('practiceAdmin.publish.confirm')}
          pending={publish.isPending}
          error={shownError(publish.error) ? describeError(publish.error, t).message : null}
          onConfirm={() => publish.mutate({ versionId, ...(publishComment.trim() ? { comment: publishComment } : {}) })}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>
            {t(isRevision ? 'practiceAdmin.publish.confirmRevision' : 'practiceAdmin.publish.confirmNew')}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
