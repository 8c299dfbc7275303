import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Field,
  Input,
  Label,
  Link as DsLink,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { ATTACHMENT_TYPES, evaluationPaths, pathTo } from '@knutepunkt/domain';
import { TextField, useI18n } from '@knutepunkt/ui';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { currentLocale } from '../../locale.ts';
import { CSRF_HEADER, useTRPC } from '../../trpc.ts';
import { type EvaluationOverview, useEvaluationInvalidation } from './use-evaluation.ts';

type AgreementFile = EvaluationOverview['agreementFiles'][number];

/**
 * The signed agreement's files: uploaded as multipart to the admin listener
 * (apps/server/src/evaluations/agreement-routes.ts, the practice bank's checks), downloaded from
 * there by the lead and admins only, deleted through `evaluations.deleteAgreement` after a question.
 */
export function AgreementFiles({
  evaluation,
  onStatus,
}: {
  evaluation: EvaluationOverview;
  onStatus: (message: string | null) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useEvaluationInvalidation(evaluation.id);
  const form = useRef<HTMLFormElement>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<AgreementFile | null>(null);
  const remove = useMutation(
    trpc.evaluations.deleteAgreement.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await invalidate(queryClient);
        onStatus(t('evaluations.admin.setup.agreement.deleted'));
      },
    }),
  );
  const fileUrl = (file: AgreementFile) =>
    pathTo(evaluationPaths.admin.agreementFile, { evaluationId: evaluation.id, attachmentId: file.id });

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (uploading) return;
    setUploadError(null);
    onStatus(null);
    setUploading(true);
    try {
      const response = await fetch(pathTo(evaluationPaths.admin.agreementUpload, { evaluationId: evaluation.id }), {
        method: 'POST',
        headers: { [CSRF_HEADER]: '1', 'x-locale': currentLocale() },
        body: new FormData(event.currentTarget),
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setUploadError(body?.error?.message ?? t('error.internal'));
      } else {
        form.current?.reset();
        await invalidate(queryClient);
        onStatus(t('evaluations.admin.setup.agreement.uploaded'));
      }
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      {evaluation.agreementFiles.length === 0 ? (
        <Paragraph>{t('evaluations.admin.setup.agreement.noFiles')}</Paragraph>
      ) : (
        <ul className="kp-stack">
          {evaluation.agreementFiles.map((file) => (
            <li key={file.id} className="kp-row-actions">
              <DsLink href={fileUrl(file)} download={file.fileName}>
                {t('evaluations.admin.setup.agreement.download', { name: file.fileName })}
              </DsLink>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setDeleting(file)}>
                {t('evaluations.admin.setup.agreement.delete', { name: file.fileName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form ref={form} onSubmit={(e) => void upload(e)} className="kp-stack" noValidate>
        <Field>
          <Label htmlFor="agreement-file">{t('evaluations.admin.setup.agreement.file')}</Label>
          <Input id="agreement-file" name="file" type="file" accept={ATTACHMENT_TYPES.join(',')} />
          {uploadError ? <ValidationMessage>{uploadError}</ValidationMessage> : null}
        </Field>
        <TextField name="altText" label={t('evaluations.admin.setup.agreement.fileAlt')} maxLength={300} />
        <div>
          <Button type="submit" variant="secondary" loading={uploading}>
            {t('evaluations.admin.setup.agreement.upload')}
          </Button>
        </div>
      </form>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('evaluations.admin.setup.agreement.delete', { name: deleting.fileName })}
          confirmLabel={t('evaluations.admin.setup.agreement.delete', { name: deleting.fileName })}
          onConfirm={() => remove.mutate({ attachmentId: deleting.id })}
          onCancel={() => {
            setDeleting(null);
            remove.reset();
          }}
          mutation={remove}
        >
          {t('evaluations.admin.setup.agreement.deleteConfirm', { name: deleting.fileName })}
        </ConfirmMutationDialog>
      ) : null}
    </>
  );
}
