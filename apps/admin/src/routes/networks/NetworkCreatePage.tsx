import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { LOCALES, LOCALE_NAMES, networkPaths, pathTo, slugify, type CountyCode, type Locale } from '@knutepunkt/domain';
import { SelectField, TextArea, TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { CountiesFieldset, firstCountyCheckboxId } from '../../components/CountiesFieldset.tsx';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';

const FIELDS = ['name', 'slug', 'description', 'language', 'counties'] as const;
const idFor = (field: string) =>
  field.startsWith('counties') ? firstCountyCheckboxId('new-network-county') : fieldId(field);

/** /nettverk/ny (admins): name, short name for the address, description, counties. */
export function NetworkCreatePage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [description, setDescription] = useState('');
  const [counties, setCounties] = useState<CountyCode[]>([]);
  // Most people write in the language they use the app in.
  const [language, setLanguage] = useState<Locale>(locale);

  const create = useMutation(
    trpc.networks.create.mutationOptions({
      onSuccess: async (network) => {
        await queryClient.invalidateQueries(trpc.networks.list.queryFilter());
        void navigate(pathTo(networkPaths.admin.network, { networkId: network.id }), {
          state: { flash: t('admin.networkCreate.created') },
        });
      },
    }),
  );
  const errorFor = useFieldErrors(create.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate({ name, slug, description: description || null, language, counties });
  };

  return (
    <Page title={t('admin.networkCreate.title')} lead={<Paragraph>{t('admin.networkCreate.intro')}</Paragraph>}>
      <form onSubmit={onSubmit} noValidate className="kp-form">
        <FormErrors
          error={create.error}
          order={FIELDS}
          idFor={idFor}
          labels={{
            name: t('org.field.name'),
            slug: t('org.field.slug'),
            description: t('org.field.description'),
            language: t('org.field.language'),
            counties: t('admin.network.countiesLegend'),
          }}
        />
        <TextField
          name="name"
          label={t('org.field.name')}
          required
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(slugify(event.target.value));
          }}
          error={errorFor('name')}
        />
        <TextField
          name="slug"
          label={t('org.field.slug')}
          description={t('admin.slug.description')}
          required
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugEdited(true);
          }}
          error={errorFor('slug')}
        />
        <TextArea
          name="description"
          label={t('org.field.description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={errorFor('description')}
          lang={description ? language : undefined}
        />
        <SelectField
          name="language"
          id="field-language"
          label={t('org.field.language')}
          description={t('org.field.languageHint')}
          placeholder={false}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Locale)}
          options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
          error={errorFor('language')}
        />
        <CountiesFieldset
          legend={t('admin.network.countiesLegend')}
          idPrefix="new-network-county"
          value={counties}
          onChange={setCounties}
          error={errorFor('counties')}
        />
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('admin.networkCreate.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
