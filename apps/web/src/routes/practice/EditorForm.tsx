// The practice editor's form: holds the content, saves it as the person types, checks and submits it.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  PRACTICE_CONTENT_FIELDS,
  practiceContent,
  practiceContentOf,
  practiceSubmission,
  type PracticeContent,
} from '@knutepunkt/domain';
import { FormErrorSummary, useFormErrors, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { validateWith } from '../../components/validate.ts';
import { type Outputs, fieldErrorsOf, httpStatusOf, useTRPC, useTRPCClient } from '../../trpc.ts';
import { AttachmentsSection } from './Attachments.tsx';
import { EditorContactFields } from './EditorContactFields.tsx';
import { EditorContentFields } from './EditorContentFields.tsx';
import { FIELDS, SECTIONS, fieldLabel, idFor } from './editor-fields.ts';
import { EditorRestoreOffer } from './EditorRestoreOffer.tsx';
import { EditorSaveStatus } from './EditorSaveStatus.tsx';
import { EditorTagFields } from './EditorTagFields.tsx';
import { contentLang } from './format.ts';
import { readLocalCopy, removeLocalCopy, useAutosave, type LocalCopy, type SaveFailure } from './use-autosave.ts';
import { useTextInsertion } from './use-text-insertion.ts';
import type { AttachmentInfo } from './use-upload.ts';

export type Version = NonNullable<Outputs['practice']['workingCopy']['working']>;

/** A stored version's content in the shape the schemas and the save procedure use. */
export const contentOf = (version: Version): PracticeContent => practiceContentOf(version);

/** Field by field, so a copy kept in this browser compares equal whatever order its keys were stored in. */
function sameContent(a: PracticeContent, b: PracticeContent): boolean {
  return PRACTICE_CONTENT_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

export interface EditorFormProps {
  version: Version;
  /** The example's attachments (the working copy's). */
  attachments: readonly AttachmentInfo[];
  /** The form was reloaded after a conflict: bring the offer of the kept text into view. */
  reloaded?: boolean;
  /** Reload the working copy from the server (after a conflict). */
  onReload: () => void;
  /** Submitted: the page shows the new state and this message. */
  onSubmitted: (message: string) => void;
}

/**
 * Every field of a version being written (a draft, or one returned with comments), saved as the
 * person types. "Send til vurdering" first saves what is left, checks what a reader needs, and
 * then submits; what is missing is listed at the top and marked at each field.
 */
export function EditorForm({ version, attachments, reloaded = false, onReload, onSubmitted }: EditorFormProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();

  const serverContent = useMemo(() => contentOf(version), [version]);
  const [content, setContent] = useState<PracticeContent>(serverContent);
  const contentRef = useRef(content);

  // A copy from an earlier visit that the server never confirmed: offer it back.
  const [offer, setOffer] = useState<LocalCopy | null>(() => {
    const copy = readLocalCopy(version.id);
    if (!copy) return null;
    if (sameContent(copy.content, serverContent)) {
      removeLocalCopy(version.id);
      return null;
    }
    return copy;
  });
  const [restored, setRestored] = useState(false);

  const autosave = useAutosave({
    versionId: version.id,
    baseUpdatedAt: new Date(version.updatedAt).toISOString(),
    save: (c, baseUpdatedAt) => client.practice.save.mutate({ versionId: version.id, baseUpdatedAt, ...c }),
    isValid: (c) => practiceContent.safeParse(c).success,
    classify: (error): SaveFailure => {
      const status = httpStatusOf(error);
      const message = errorMessage(error, t);
      if (status === 409) return { kind: 'conflict', message };
      // No answer, or the server's own fault: worth trying again. A refusal (4xx) is not.
      if (status === undefined || status >= 500 || status === 429) return { kind: 'retry', message };
      return { kind: 'failed', message };
    },
  });

  // Fields changed since the last submit: their old submit error no longer shows at the field
  // (the summary keeps its list until the next try, so it does not jump while the person types).
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const update = (patch: Partial<PracticeContent>) => {
    const changed = Object.keys(patch).filter((k) => !fixed.has(k));
    if (changed.length > 0) setFixed(new Set([...fixed, ...changed]));
    const next = { ...contentRef.current, ...patch };
    contentRef.current = next;
    setContent(next);
    autosave.change(next);
  };

  const [submitErrors, setSubmitErrors] = useState<Record<string, string> | null>(null);
  const [submitFailure, setSubmitFailure] = useState<string | null>(null);
  const submit = useMutation(
    trpc.practice.submit.mutationOptions({
      onSuccess: async () => {
        removeLocalCopy(version.id);
        await queryClient.invalidateQueries(trpc.practice.pathFilter());
        onSubmitted(t('practice.web.editor.submitted'));
      },
      onError: (error) => {
        const fieldErrors = fieldErrorsOf(error);
        if (Object.keys(fieldErrors).length > 0) setSubmitErrors(fieldErrors);
        else setSubmitFailure(errorMessage(error, t));
      },
    }),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitErrors(null);
    setSubmitFailure(null);
    setFixed(new Set());
    submit.reset();
    // The same check the server makes, at once: the person sees what is missing without a round trip.
    const missing = validateWith(practiceSubmission, contentRef.current, t);
    if (Object.keys(missing).length > 0) {
      setSubmitErrors(missing);
      return;
    }
    // The server checks the saved text, so everything written must be saved first.
    if (!(await autosave.flush())) {
      setSubmitFailure(t('practice.web.editor.notSavedYet'));
      return;
    }
    submit.mutate({ versionId: version.id });
  };

  // Errors that stop a save (an emptied title) show at once; those that stop submitting, after trying.
  const saveErrors = useMemo(() => validateWith(practiceContent, content, t), [content, t]);
  const { errors: fieldErrors } = useFormErrors({ fieldErrors: submitErrors }, FIELDS);
  const errorFor = (field: string) => (fixed.has(field) ? undefined : submitErrors?.[field]) ?? saveErrors[field];

  const labelOf = (field: string) => fieldLabel(field, t);
  // "Feltet må fylles ut." says nothing in a list: the summary names each field.
  const errors = fieldErrors.map((e) => ({ ...e, message: `${labelOf(e.field)}: ${e.message}` }));

  const insertion = useTextInsertion(
    SECTIONS,
    (field) => contentRef.current[field],
    (field, value) => update({ [field]: value }),
  );

  const lang = contentLang(content.language);
  const fieldGroup = { content, update, errorFor, lang };
  const flushOnBlur = () => void autosave.flush();

  return (
    <div className="kp-stack">
      {offer ? (
        <EditorRestoreOffer
          copy={offer}
          stale={new Date(offer.baseUpdatedAt).getTime() !== new Date(version.updatedAt).getTime()}
          focus={reloaded}
          onRestore={() => {
            setOffer(null);
            setRestored(true);
            update(offer.content);
          }}
          onDiscard={() => {
            setOffer(null);
            removeLocalCopy(version.id);
          }}
        />
      ) : null}
      <FormStatus success={restored ? t('practice.web.restore.restored') : null} />

      {/* Leaving any field sends what is not saved yet (focusout bubbles to the form). */}
      <form
        method="post"
        onSubmit={(e) => void onSubmit(e)}
        onBlur={flushOnBlur}
        onFocus={insertion.onFocus}
        noValidate
        className="kp-stack kp-editor"
      >
        <FormErrorSummary errors={errors} idFor={idFor} />
        <EditorContentFields {...fieldGroup} />
        <AttachmentsSection
          exampleId={version.exampleId}
          attachments={attachments}
          editable
          lang={lang}
          text={SECTIONS.map((s) => content[s]).join('\n')}
          onInsert={(markdown) => {
            const field = insertion.insert(markdown);
            return field ? labelOf(field) : null;
          }}
        />
        <EditorContactFields {...fieldGroup} />
        <EditorTagFields {...fieldGroup} />

        <FormStatus failure={submitFailure} />
        <Paragraph data-size="sm">{t('practice.web.editor.submitHint')}</Paragraph>

        <div className="kp-autosave">
          <EditorSaveStatus status={autosave.status} onReload={onReload} />
          <Button type="submit" loading={submit.isPending}>
            {version.state === 'RETURNED' ? t('practice.web.editor.resubmit') : t('practice.web.editor.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
