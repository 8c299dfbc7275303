import type { FormEvent } from 'react';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LOCALE_NAMES, LOCALES, pathTo, practiceCreateInput, practicePaths, shellPaths } from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import type { FlashState } from '../../components/Flash.tsx';
import { Page } from '../../components/Page.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { type Account, useTRPC } from '../../trpc.ts';
import { editorOrganisations } from './AdoptPanel.tsx';

const FIELDS = ['organisationId', 'title', 'language'] as const;

function CreateForm({ account }: { account: Account }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const organisations = editorOrganisations(account);
  // `?organisasjon=` names the organisation by id (or slug), when the person came from its page.
  const wanted = params.get('organisasjon');
  const preselected = organisations.find((o) => o.id === wanted || o.slug === wanted) ?? organisations[0];
  const create = useMutation(
    trpc.practice.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.practice.forOrganisation.pathFilter());
        void navigate(pathTo(practicePaths.web.edit, { exampleId: created.exampleId }), {
          state: { flash: 'practice.web.create.done' } satisfies FlashState,
        });
      },
    }),
  );

  const { check, errors, errorFor, failure } = useCheckedForm(create, practiceCreateInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      organisationId: text(form.get('organisationId')) || (preselected?.id ?? ''),
      title: text(form.get('title')).trim(),
      language: text(form.get('language')),
    };
    if (check(input)) create.mutate(input as Parameters<typeof create.mutate>[0]);
  };

  if (!preselected) {
    return (
      <>
        <Paragraph>{t('practice.web.create.notEditor')}</Paragraph>
        <Paragraph>
          <DsLink asChild>
            <Link to={practicePaths.web.search}>{t('practice.web.example.back')}</Link>
          </DsLink>
        </Paragraph>
      </>
    );
  }

  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      failure={failure}
      submitLabel={t('practice.web.create.submit')}
      pending={create.isPending}
      intro={<Paragraph>{t('practice.web.create.intro')}</Paragraph>}
    >
      {organisations.length > 1 ? (
        <SelectField
          name="organisationId"
          label={t('practice.web.field.organisation')}
          defaultValue={preselected.id}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={false}
          required
          error={errorFor('organisationId')}
        />
      ) : (
        <Paragraph>
          {t('practice.web.field.organisation')}: <strong>{preselected.name}</strong>
        </Paragraph>
      )}
      <TextField
        name="title"
        label={t('practice.web.field.title')}
        required
        maxLength={200}
        error={errorFor('title')}
        autoComplete="off"
      />
      <SelectField
        name="language"
        label={t('practice.web.field.language')}
        description={t('practice.web.field.languageHint')}
        defaultValue={locale}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        placeholder={false}
        error={errorFor('language')}
      />
    </CheckedForm>
  );
}

/** Start a new example: a working title and the text's language, then on to the editor. */
export function CreatePage() {
  const { t } = useI18n();
  return (
    <RequireSignIn>
      {(account) => (
        <Page
          meta={{ noindex: true }}
          title={t('practice.web.create.title')}
          before={<BackLink to={shellPaths.web.myPage}>{t('practice.web.editor.back')}</BackLink>}
        >
          <CreateForm account={account} />
        </Page>
      )}
    </RequireSignIn>
  );
}
