import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { LOCALE_NAMES, LOCALES, organisationPaths, organisationUpdateInput, pathTo } from '@knutepunkt/domain';
import { FormErrorSummary, QueryView, SelectField, TextArea, TextField, useFormErrors, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { errorMessage } from '../../components/errors.ts';
import { countyOptions } from '../../components/format.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { Page } from '../../components/Page.tsx';
import { RequireSignIn } from '../../components/RequireSignIn.tsx';
import { optional, text, validateWith } from '../../components/validate.ts';
import { type Outputs, fieldErrorsOf, useTRPC } from '../../trpc.ts';

type Organisation = Outputs['organisations']['forEditing'];

/** Top to bottom, so the error summary lists problems in the order of the form. */
const FIELDS = ['description', 'language', 'email', 'phone', 'website', 'municipality', 'county'] as const;

export function ProfileForm({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    save.reset();
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
    const errors = validateWith(organisationUpdateInput, input, t);
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) save.mutate(input as Parameters<typeof save.mutate>[0]);
  };

  // The server's verdict replaces the browser's once it has answered.
  const serverErrors = fieldErrorsOf(save.error);
  const { errors, errorFor } = useFormErrors({ fieldErrors: save.error ? serverErrors : clientErrors }, FIELDS);
  const unplaced = save.isError && Object.keys(serverErrors).length === 0 ? errorMessage(save.error, t) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="kp-stack kp-form">
      <FormErrorSummary errors={errors} />
      <FormStatus success={saved ? t('organisations.web.edit.saved') : null} failure={unplaced} />
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
      <div>
        <Button type="submit" loading={save.isPending}>
          {t('organisations.web.edit.submit')}
        </Button>
      </div>
    </form>
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
