import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adoptionInput } from '@knutepunkt/domain';
import { FormErrorSummary, SelectField, TextArea, VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { type Account, useTRPC } from '../../trpc.ts';

interface OrganisationRef {
  id: string;
  slug: string;
  name: string;
}

/** The organisations this person edits (approved editor links). */
export function editorOrganisations(account: Account): OrganisationRef[] {
  return account.memberships.filter((m) => m.status === 'APPROVED' && m.role === 'EDITOR').map((m) => m.organisation);
}

const FIELDS = ['organisationId', 'note'] as const;

/**
 * "Vi gjør dette også": an editor of another organisation says they have taken the practice up,
 * and can take it back. Shown only to editors of organisations other than the owner.
 */
export function AdoptPanel({
  exampleId,
  organisations,
  adoptedIds,
}: {
  exampleId: string;
  organisations: OrganisationRef[];
  adoptedIds: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  const refresh = () => queryClient.invalidateQueries(trpc.practice.bySlug.pathFilter());
  const announce = (message: string) => {
    setDone(message);
    // The form or button that was used may be gone; focus goes to the confirmation.
    statusRef.current?.focus();
  };

  const adopt = useMutation(
    trpc.practice.adopt.mutationOptions({
      onSuccess: async (_r, input) => {
        await refresh();
        announce(t('practice.web.adopt.done', { name: nameOf(input.organisationId) }));
      },
    }),
  );
  const remove = useMutation(
    trpc.practice.removeAdoption.mutationOptions({
      onSuccess: async (_r, input) => {
        await refresh();
        announce(t('practice.web.adopt.removed', { name: nameOf(input.organisationId) }));
      },
    }),
  );

  const open = organisations.filter((o) => !adoptedIds.has(o.id));
  const adopted = organisations.filter((o) => adoptedIds.has(o.id));

  const { check, errors, errorFor, failure: adoptFailure } = useCheckedForm(adopt, adoptionInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const form = new FormData(event.currentTarget);
    const input = {
      exampleId,
      organisationId: text(form.get('organisationId')) || (open[0]?.id ?? ''),
      note: text(form.get('note')),
    };
    if (check(input)) adopt.mutate(input);
  };
  const failure = adoptFailure ?? (remove.isError ? errorMessage(remove.error, t) : null);

  return (
    <section aria-labelledby="adopt-heading" className="kp-panel kp-stack">
      <Heading level={2} data-size="xs" id="adopt-heading">
        {t('practice.web.adopt.heading')}
      </Heading>
      <div ref={statusRef} tabIndex={-1} className="kp-focus-target">
        <FormStatus success={done} failure={failure} />
      </div>
      {adopted.map((org) => (
        <div key={org.id} className="kp-actions">
          <Paragraph>{t('practice.web.adopt.already', { name: org.name })}</Paragraph>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            loading={remove.isPending && remove.variables?.organisationId === org.id}
            onClick={() => {
              setDone(null);
              remove.mutate({ exampleId, organisationId: org.id });
            }}
          >
            {t('practice.web.adopt.remove')}
            <VisuallyHidden>: {org.name}</VisuallyHidden>
          </Button>
        </div>
      ))}
      {open.length > 0 ? (
        <form method="post" onSubmit={onSubmit} noValidate className="kp-stack kp-form">
          <Paragraph>{t('practice.web.adopt.intro')}</Paragraph>
          <FormErrorSummary errors={errors} />
          {open.length > 1 ? (
            <SelectField
              name="organisationId"
              label={t('practice.web.adopt.organisation')}
              options={open.map((o) => ({ value: o.id, label: o.name }))}
              placeholder={false}
              error={errorFor('organisationId')}
            />
          ) : null}
          <TextArea
            name="note"
            label={t('practice.web.adopt.note')}
            rows={3}
            maxLength={1000}
            error={errorFor('note')}
          />
          <div>
            <Button type="submit" loading={adopt.isPending}>
              {t('practice.web.adopt.submit')}
              {open.length === 1 ? <VisuallyHidden>: {open[0]!.name}</VisuallyHidden> : null}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
