import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CHIME,
  CHIME_CATEGORIES,
  LEVELS,
  LOCALES,
  LOCALE_NAMES,
  TARGET_GROUPS,
  THEMES,
  practiceContent,
  practiceContentOf,
  practiceSubmission,
  type ChimeCategory,
  type ChimeSubtheme,
  type Locale,
  type PracticeContent,
} from '@knutepunkt/domain';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';
import {
  CheckboxField,
  FormErrorSummary,
  SelectField,
  TextArea,
  TextField,
  fieldId,
  useFormErrors,
  useI18n,
} from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { validateWith } from '../../components/validate.ts';
import { type Outputs, fieldErrorsOf, httpStatusOf, useTRPC, useTRPCClient } from '../../trpc.ts';
import { AttachmentsSection } from './Attachments.tsx';
import { CheckboxGroup, checkboxId } from './CheckboxGroup.tsx';
import { contentLang, formatClock } from './format.ts';
import { MarkdownField } from './MarkdownField.tsx';
import {
  readLocalCopy,
  removeLocalCopy,
  useAutosave,
  type AutosaveStatus,
  type LocalCopy,
  type SaveFailure,
} from './useAutosave.ts';
import { useTextInsertion } from './useTextInsertion.ts';
import type { AttachmentInfo } from './useUpload.ts';

export type Version = NonNullable<Outputs['practice']['workingCopy']['working']>;

/** The form's fields top to bottom, so the error summary reads in the order of the page. */
const FIELDS = [
  'title',
  'summary',
  'background',
  'approach',
  'experiences',
  'results',
  'contactName',
  'contactRole',
  'contactEmail',
  'language',
  'chime',
  'chimeSubthemes',
  'levels',
  'themes',
  'targetGroups',
  'ongoing',
] as const;

/** Checkbox groups have no single input: an error summary link goes to their first box. */
const FIRST_BOX: Partial<Record<string, string>> = {
  chime: checkboxId('chime', CHIME_CATEGORIES[0]),
  chimeSubthemes: checkboxId('chime', CHIME_CATEGORIES[0]),
  levels: checkboxId('levels', LEVELS[0]),
  themes: checkboxId('themes', THEMES[0]),
  targetGroups: checkboxId('targetGroups', TARGET_GROUPS[0]),
};
const idFor = (field: string) => FIRST_BOX[field] ?? fieldId(field);

/** The Markdown sections, where an attachment can be inserted. */
const SECTIONS = ['background', 'approach', 'experiences', 'results'] as const;

/** A stored version's content in the shape the schemas and the save procedure use. */
export const contentOf = (version: Version): PracticeContent => practiceContentOf(version);

function sameContent(a: PracticeContent, b: PracticeContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function StatusText({ status }: { status: AutosaveStatus }) {
  const { t, locale } = useI18n();
  switch (status.kind) {
    case 'idle':
      return <>{t('practice.web.autosave.idle')}</>;
    case 'saving':
      return <>{t('practice.web.autosave.saving')}</>;
    case 'saved':
      return <>{t('practice.web.autosave.saved', { time: formatClock(status.at, locale) })}</>;
    case 'retrying':
      return <>{t('practice.web.autosave.retrying')}</>;
    case 'invalid':
      return <>{t('practice.web.autosave.invalid')}</>;
    case 'failed':
      return <>{t('practice.web.autosave.failed', { message: status.message })}</>;
    case 'conflict':
      return <>{t('practice.web.autosave.conflictHeading')}</>;
  }
}

/** The offer to bring back text this browser kept but the server never confirmed. */
function RestoreOffer({
  copy,
  stale,
  focus,
  onRestore,
  onDiscard,
}: {
  copy: LocalCopy;
  stale: boolean;
  /** Take focus (after "Last inn den nyeste versjonen", when the person is far down the form). */
  focus: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <Alert data-color="warning" className="kp-banner">
      <Heading level={2} data-size="xs" ref={heading} tabIndex={-1} className="kp-focus-target">
        {t('practice.web.restore.heading')}
      </Heading>
      <Paragraph>{t('practice.web.restore.text', { time: formatClock(copy.at, locale) })}</Paragraph>
      {stale ? <Paragraph>{t('practice.web.restore.stale')}</Paragraph> : null}
      <div className="kp-actions">
        <Button type="button" onClick={onRestore}>
          {t('practice.web.restore.restore')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDiscard}>
          {t('practice.web.restore.discard')}
        </Button>
      </div>
    </Alert>
  );
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

  const labelOf = (field: string): string => {
    const contact = (key: WebMessageKey) => `${t('practice.section.contact')}, ${t(key).toLocaleLowerCase()}`;
    const labels: Partial<Record<string, string>> = {
      title: t('practice.web.field.title'),
      summary: t('practice.section.summary'),
      background: t('practice.section.background'),
      approach: t('practice.section.approach'),
      experiences: t('practice.section.experiences'),
      results: t('practice.section.results'),
      contactName: contact('practice.web.field.contactName'),
      contactRole: contact('practice.web.field.contactRole'),
      contactEmail: contact('practice.web.field.contactEmail'),
      language: t('practice.web.field.language'),
      chime: t('practice.web.field.chime'),
      chimeSubthemes: t('practice.web.field.chime'),
      levels: t('practice.web.field.levels'),
      themes: t('practice.web.field.themes'),
      targetGroups: t('practice.web.field.targetGroups'),
      ongoing: t('practice.web.field.ongoing'),
    };
    return labels[field] ?? field;
  };
  // "Feltet må fylles ut." says nothing in a list: the summary names each field.
  const errors = fieldErrors.map((e) => ({ ...e, message: `${labelOf(e.field)}: ${e.message}` }));

  const insertion = useTextInsertion(
    SECTIONS,
    (field) => contentRef.current[field],
    (field, value) => update({ [field]: value }),
  );

  const lang = contentLang(content.language);
  const status = autosave.status;
  const flushOnBlur = () => void autosave.flush();

  const chimeSubthemes = (category: string) => {
    const subs = CHIME[category as ChimeCategory] as readonly ChimeSubtheme[];
    return (
      <CheckboxGroup
        name="chimeSubthemes"
        className="kp-subtheme-group"
        legend={t('practice.web.field.subthemes', { category: t(`practice.chime.${category as ChimeCategory}`) })}
        options={subs.map((s) => ({ value: s, label: t(`practice.sub.${s}`) }))}
        selected={content.chimeSubthemes.filter((s) => subs.includes(s))}
        onChange={(selected) => {
          const others = content.chimeSubthemes.filter((s) => !subs.includes(s));
          update({ chimeSubthemes: [...others, ...(selected as ChimeSubtheme[])] });
        }}
      />
    );
  };

  return (
    <div className="kp-stack">
      {offer ? (
        <RestoreOffer
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
        onSubmit={(e) => void onSubmit(e)}
        onBlur={flushOnBlur}
        onFocus={insertion.onFocus}
        noValidate
        className="kp-stack kp-editor"
      >
        <FormErrorSummary errors={errors} idFor={idFor} />

        <TextField
          name="title"
          label={t('practice.web.field.title')}
          value={content.title}
          onChange={(e) => update({ title: e.target.value })}
          required
          maxLength={200}
          error={errorFor('title')}
          lang={lang}
          autoComplete="off"
        />
        <TextArea
          name="summary"
          label={t('practice.section.summary')}
          description={t('practice.web.field.summaryHint')}
          value={content.summary}
          onChange={(e) => update({ summary: e.target.value })}
          required
          maxLength={600}
          rows={3}
          error={errorFor('summary')}
          lang={lang}
        />
        <SelectField
          name="language"
          label={t('practice.web.field.language')}
          description={t('practice.web.field.languageHint')}
          value={content.language}
          onChange={(e) => update({ language: e.target.value as Locale })}
          options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          placeholder={false}
          error={errorFor('language')}
        />

        <Heading level={2} data-size="sm">
          {t('practice.web.field.textHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('practice.web.field.markdownNote')}</Paragraph>
        <MarkdownField
          name="background"
          label={t('practice.section.background')}
          description={t('practice.web.field.backgroundHint')}
          value={content.background}
          onChange={(background) => update({ background })}
          required
          maxLength={20_000}
          error={errorFor('background')}
          lang={lang}
        />
        <MarkdownField
          name="approach"
          label={t('practice.section.approach')}
          description={t('practice.web.field.approachHint')}
          value={content.approach}
          onChange={(approach) => update({ approach })}
          required
          maxLength={20_000}
          error={errorFor('approach')}
          lang={lang}
        />
        <MarkdownField
          name="experiences"
          label={t('practice.section.experiences')}
          description={t('practice.web.field.experiencesHint')}
          value={content.experiences}
          onChange={(experiences) => update({ experiences })}
          maxLength={20_000}
          error={errorFor('experiences')}
          lang={lang}
        />
        <MarkdownField
          name="results"
          label={t('practice.section.results')}
          description={t('practice.web.field.resultsHint')}
          value={content.results}
          onChange={(results) => update({ results })}
          maxLength={20_000}
          error={errorFor('results')}
          lang={lang}
        />
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

        <Fieldset className="kp-checkbox-group">
          <Fieldset.Legend>{t('practice.section.contact')}</Fieldset.Legend>
          <Fieldset.Description>{t('practice.web.field.contactHint')}</Fieldset.Description>
          <TextField
            name="contactName"
            label={t('practice.web.field.contactName')}
            value={content.contactName}
            onChange={(e) => update({ contactName: e.target.value })}
            required
            maxLength={120}
            error={errorFor('contactName')}
            // Someone else's name and address, not the writer's own: no autofill.
            autoComplete="off"
          />
          <TextField
            name="contactRole"
            label={t('practice.web.field.contactRole')}
            value={content.contactRole}
            onChange={(e) => update({ contactRole: e.target.value })}
            maxLength={120}
            error={errorFor('contactRole')}
            lang={lang}
            autoComplete="off"
          />
          <TextField
            name="contactEmail"
            type="email"
            inputMode="email"
            label={t('practice.web.field.contactEmail')}
            value={content.contactEmail}
            onChange={(e) => update({ contactEmail: e.target.value.trim() })}
            maxLength={254}
            error={errorFor('contactEmail')}
            autoComplete="off"
          />
        </Fieldset>

        <Heading level={2} data-size="sm">
          {t('practice.web.field.tagsHeading')}
        </Heading>
        <CheckboxGroup
          name="chime"
          legend={t('practice.web.field.chime')}
          description={t('practice.web.field.chimeHint')}
          options={CHIME_CATEGORIES.map((c) => ({ value: c, label: t(`practice.chime.${c}`) }))}
          selected={content.chime}
          error={errorFor('chime') ?? errorFor('chimeSubthemes')}
          onChange={(selected) => {
            const chime = selected as ChimeCategory[];
            // Sub-themes of a category no longer chosen go with it (they are hidden, so must not linger).
            const allowed = new Set<string>(chime.flatMap((c) => CHIME[c]));
            update({ chime, chimeSubthemes: content.chimeSubthemes.filter((s) => allowed.has(s)) });
          }}
          renderChecked={chimeSubthemes}
        />
        <CheckboxGroup
          name="levels"
          legend={t('practice.web.field.levels')}
          description={t('practice.web.field.levelsHint')}
          options={LEVELS.map((l) => ({ value: l, label: t(`practice.level.${l}`) }))}
          selected={content.levels}
          error={errorFor('levels')}
          onChange={(selected) => update({ levels: selected as PracticeContent['levels'] })}
        />
        <CheckboxGroup
          name="themes"
          columns
          legend={t('practice.web.field.themes')}
          options={THEMES.map((v) => ({ value: v, label: t(`practice.theme.${v}`) }))}
          selected={content.themes}
          error={errorFor('themes')}
          onChange={(selected) => update({ themes: selected as PracticeContent['themes'] })}
        />
        <CheckboxGroup
          name="targetGroups"
          columns
          legend={t('practice.web.field.targetGroups')}
          options={TARGET_GROUPS.map((v) => ({ value: v, label: t(`practice.target.${v}`) }))}
          selected={content.targetGroups}
          error={errorFor('targetGroups')}
          onChange={(selected) => update({ targetGroups: selected as PracticeContent['targetGroups'] })}
        />
        <CheckboxField
          name="ongoing"
          label={t('practice.web.field.ongoing')}
          checked={content.ongoing}
          onChange={(e) => update({ ongoing: e.target.checked })}
          error={errorFor('ongoing')}
        />

        <FormStatus failure={submitFailure} />
        <Paragraph data-size="sm">{t('practice.web.editor.submitHint')}</Paragraph>

        <div className="kp-autosave">
          {status.kind === 'conflict' ? (
            <Alert data-color="danger" role="alert" className="kp-banner">
              <Heading level={2} data-size="xs">
                {t('practice.web.autosave.conflictHeading')}
              </Heading>
              <Paragraph>{status.message}</Paragraph>
              <Paragraph>{t('practice.web.autosave.conflictKept')}</Paragraph>
              <div>
                <Button type="button" onClick={onReload}>
                  {t('practice.web.autosave.reload')}
                </Button>
              </div>
            </Alert>
          ) : null}
          {/* Polite: "Lagrer …", "Lagret 14:02" are read out when the person pauses, never interrupting. */}
          <p role="status" aria-live="polite">
            <StatusText status={status} />
          </p>
          <Button type="submit" loading={submit.isPending}>
            {version.state === 'RETURNED' ? t('practice.web.editor.resubmit') : t('practice.web.editor.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
