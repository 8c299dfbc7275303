import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { LOCALE_NAMES, LOCALES, organisationPaths, organisationUpdateInput, pathTo } from '@knutepunkt/domain';
import { QueryView, SelectField, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { countyOptions } from '../../components/format.ts';
import { Page } from '../../components/Page.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { optional, text } from '../../components/validate.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';

type Organisation = Outputs['organisations']['forEditing'];

/** Top to bottom, so the error summary lists problems in the order of the form. */
const FIELDS = ['description', 'language', 'email', 'phone', 'website', 'municipality', 'county'] as const;

export function ProfileForm({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.organisations.updateProfile.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        // The public page and the directory show what was just saved.
        await queryClient.invalidateQueries(trpc.organisations.pathFilter());
      },
    }),
  );

  const { check, errors, errorFor, failure } = useCheckedForm(save, organisationUpdateInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const input = {
      organisationId: org.id,
      description: text(form.get('description')),
      language: optional(form.get('language')),
      email: optional(form.get('email')),
      phone: optional(form.get('phone')),
      website: optional(form.get('website')),
      municipality: text(form.get('municipality')),
      county: optional(form.get('county')),
    };
    if (check(input)) save.mutate(input as Parameters<typeof save.mutate>[0]);
  };

  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      success={saved ? t('organisations.web.edit.saved') : null}
      failure={failure}
      submitLabel={t('organisations.web.edit.submit')}
      pending={save.isPending}
    >
      <TextArea
        name="description"
        label={t('organisations.field.description')}
        description={t('organisations.web.edit.descriptionHint')}
        defaultValue={org.description ?? ''}
        error={errorFor('description')}
        rows={8}
        maxLength={4000}
      />
      <SelectField
        name="language"
        label={t('organisations.field.language')}
        description={t('organisations.field.languageHint')}
        defaultValue={org.language}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        error={errorFor('language')}
      />
      <TextField
        name="email"
        type="email"
        label={t('organisations.field.email')}
        description={t('organisations.web.edit.emailHint')}
        defaultValue={org.email ?? ''}
        error={errorFor('email')}
        // The organisation's address, not the person's own: the browser must not fill in theirs.
        autoComplete="off"
        inputMode="email"
      />
      <TextField
        name="phone"
        type="tel"
        label={t('organisations.field.phone')}
        description={t('organisations.web.edit.phoneHint')}
        defaultValue={org.phone ?? ''}
        error={errorFor('phone')}
        autoComplete="off"
        maxLength={30}
      />
      <TextField
        name="website"
        type="url"
        label={t('organisations.field.website')}
        description={t('organisations.web.edit.websiteHint')}
        defaultValue={org.website ?? ''}
        error={errorFor('website')}
        autoComplete="off"
      />
      <TextField
        name="municipality"
        label={t('organisations.field.municipality')}
        description={t('organisations.web.edit.municipalityHint')}
        defaultValue={org.municipality ?? ''}
        error={errorFor('municipality')}
        maxLength={100}
      />
      <SelectField
        name="county"
        label={t('organisations.field.county')}
        defaultValue={org.county ?? ''}
        placeholder={t('organisations.web.edit.noCounty')}
        options={countyOptions()}
        error={errorFor('county')}
      />
    </CheckedForm>
  );
}

function EditView({ slug }: { slug: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const bySlug = useQuery(trpc.organisations.bySlug.queryOptions({ slug }));
  // Asked separately: this answers 403/404 when the person is not an editor, before they type anything.
  const editing = useQuery({
    ...trpc.organisations.forEditing.queryOptions({ organisationId: bySlug.data?.id ?? '' }),
    enabled: !!bySlug.data,
  });
  return (
    <QueryView query={bySlug}>
      {() => (
        <QueryView query={editing}>
          {(org) => (
            <Page
              meta={{ noindex: true }}
              title={t('organisations.web.edit.title', { name: org.name })}
              before={
                <BackLink to={pathTo(organisationPaths.web.organisation, { slug: org.slug })}>{org.name}</BackLink>
              }
            >
              <ProfileForm org={org} />
            </Page>
          )}
        </QueryView>
      )}
    </QueryView>
  );
}

/** The organisation's editors keep its public profile here. */
export function EditOrganisationPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <EditView slug={slug} />}</RequireSignIn>;
}
