import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { type Locale, evaluationPaths, pathTo } from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { type OrganisationChoice, OrganisationField } from './OrganisationField.tsx';
import { LanguageField } from './LanguageField.tsx';

const ORDER = ['title', 'language', 'networkId', 'centreOrganisationId'] as const;

/**
 * /evalueringer/ny: a new evaluation. The network chooser offers the networks the person
 * coordinates (every network, for an admin: networks.list decides); the creator leads it.
 */
export function EvaluationCreatePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const networks = useQuery(trpc.networks.list.queryOptions());
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Locale>('nb');
  const [networkId, setNetworkId] = useState('');
  const [centre, setCentre] = useState<OrganisationChoice | null>(null);
  const create = useMutation(
    trpc.evaluations.create.mutationOptions({
      onSuccess: async (evaluation) => {
        await queryClient.invalidateQueries(trpc.evaluations.list.queryFilter());
        void navigate(pathTo(evaluationPaths.admin.evaluation, { evaluationId: evaluation.id }), {
          state: { flash: t('evaluations.admin.setup.create.created') },
        });
      },
    }),
  );
  const errorFor = useFieldErrors(create.error);
  // A coordinator of one network runs it there without being asked.
  const onlyNetwork = networks.data?.length === 1 ? networks.data[0]!.id : '';
  const chosenNetwork = networkId || onlyNetwork;
  const labels = Object.fromEntries(ORDER.map((f) => [f, t(`evaluations.admin.setup.field.${f}`)]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate({ title, language, networkId: chosenNetwork, centreOrganisationId: centre?.id ?? null });
  };

  return (
    <Page
      title={t('evaluations.admin.setup.create.title')}
      lead={<Paragraph>{t('evaluations.admin.setup.create.intro')}</Paragraph>}
    >
      <form onSubmit={submit} noValidate className="kp-stack kp-form">
        <FormErrors error={create.error} order={ORDER} labels={labels} />
        <TextField
          name="title"
          label={labels.title!}
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errorFor('title')}
        />
        <LanguageField label={labels.language!} value={language} onChange={setLanguage} error={errorFor('language')} />
        <SelectField
          name="networkId"
          label={labels.networkId!}
          required
          value={chosenNetwork}
          onChange={(event) => setNetworkId(event.target.value)}
          options={(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
          error={errorFor('networkId')}
        />
        <OrganisationField
          name="centreOrganisationId"
          label={labels.centreOrganisationId!}
          value={centre}
          onChange={setCentre}
          error={errorFor('centreOrganisationId')}
        />
        <div>
          <Button type="submit" aria-disabled={create.isPending || undefined}>
            {t('evaluations.admin.setup.create.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
