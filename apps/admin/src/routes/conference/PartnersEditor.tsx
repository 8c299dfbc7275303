import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { PARTNER_ROLES, type PartnerRole, conferencePaths, pathTo } from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { currentLocale } from '../../locale.ts';
import { CSRF_HEADER, useTRPC } from '../../trpc.ts';
import { MoveButtons } from './MoveButtons.tsx';
import type { EditionForEditing } from './edition-values.ts';
import { planMove, useListFocus } from './use-list-focus.ts';

interface Row {
  organisationId: string;
  name: string;
  role: PartnerRole;
  logoAlt: string;
  logoKey: string | null;
}

/**
 * Organisers and partners: organisations of the directory, in the order shown, each with a logo
 * (uploaded with its text alternative to conferencePaths.admin.imageUpload) once it is saved.
 */
export function PartnersEditor({ edition, onStatus }: { edition: EditionForEditing; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => edition.partners);
  const [query, setQuery] = useState('');
  const found = useQuery({
    ...trpc.organisations.list.queryOptions({ q: query.trim(), page: 1, pageSize: 10 }),
    enabled: query.trim().length >= 2,
  });
  const [uploadError, setUploadError] = useState<string | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId: edition.id }));
  const save = useMutation(
    trpc.conference.editing.setPartners.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onStatus(t('conference.admin.partners.saved'));
      },
    }),
  );
  const saved = new Set(edition.partners.map((p) => p.organisationId));
  const focus = useListFocus();
  const heading = useRef<HTMLHeadingElement>(null);
  // Moved and removed here, saved with the list: focus stays with the moved organisation.
  const moveRow = (i: number, by: -1 | 1) => {
    const plan = planMove(
      'partner',
      rows.map((r) => r.organisationId),
      i,
      by,
    );
    setRows(plan.ids.map((id) => rows.find((r) => r.organisationId === id)!));
    focus(plan.focus);
  };
  const patch = (i: number, change: Partial<Row>) =>
    setRows((list) => list.map((row, j) => (j === i ? { ...row, ...change } : row)));

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setUploadError(null);
    const response = await fetch(pathTo(conferencePaths.admin.imageUpload, { editionId: edition.id }), {
      method: 'POST',
      headers: { [CSRF_HEADER]: '1', 'x-locale': currentLocale() },
      body: new FormData(event.currentTarget),
      credentials: 'same-origin',
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setUploadError(body?.error?.message ?? t('error.internal'));
      return;
    }
    await refresh();
    onStatus(t('conference.admin.partners.logoSaved'));
  };

  return (
    <Section title={t('conference.admin.partners.title')} headingRef={heading}>
      <FormErrors error={save.error} />
      {uploadError ? <Paragraph role="alert">{uploadError}</Paragraph> : null}
      {rows.length === 0 ? <Paragraph>{t('conference.admin.partners.none')}</Paragraph> : null}
      <ol className="kp-stack">
        {rows.map((row, i) => (
          <li key={row.organisationId} className="kp-stack">
            <strong>{row.name}</strong>
            <SelectField
              name={`partner-role-${i}`}
              label={t('conference.admin.partners.role', { name: row.name })}
              value={row.role}
              onChange={(event) => patch(i, { role: event.target.value as PartnerRole })}
              options={PARTNER_ROLES.map((r) => ({ value: r, label: t(`conference.admin.partners.role.${r}`) }))}
            />
            <div className="kp-row-actions">
              <MoveButtons
                idPrefix="partner"
                id={row.organisationId}
                name={row.name}
                index={i}
                count={rows.length}
                pending={false}
                onMove={(by) => moveRow(i, by)}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  setRows(rows.filter((_, j) => j !== i));
                  heading.current?.focus();
                }}
              >
                {t('conference.admin.partners.remove', { name: row.name })}
              </Button>
            </div>
            {saved.has(row.organisationId) ? (
              <form onSubmit={(event) => void upload(event)} className="kp-stack" encType="multipart/form-data">
                <input type="hidden" name="target" value="partner" />
                <input type="hidden" name="id" value={row.organisationId} />
                <Paragraph>
                  {row.logoKey ? t('conference.admin.partners.hasLogo') : t('conference.admin.partners.noLogo')}
                </Paragraph>
                <TextField
                  id={`logo-alt-${row.organisationId}`}
                  name="alt"
                  label={t('conference.admin.partners.logoAlt', { name: row.name })}
                  defaultValue={row.logoAlt}
                  required
                />
                <label htmlFor={`logo-${row.organisationId}`}>
                  {t('conference.admin.partners.logoFile', { name: row.name })}
                </label>
                <input
                  id={`logo-${row.organisationId}`}
                  type="file"
                  name="file"
                  accept="image/png,image/jpeg,image/webp"
                  required
                />
                <div>
                  <Button type="submit" variant="secondary">
                    {t('conference.admin.partners.upload')}
                  </Button>
                </div>
              </form>
            ) : (
              <Paragraph>{t('conference.admin.partners.saveFirst')}</Paragraph>
            )}
          </li>
        ))}
      </ol>
      <TextField
        name="partner-search"
        type="search"
        label={t('conference.admin.partners.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul aria-live="polite" className="kp-stack">
        {(found.data?.items ?? [])
          .filter((o) => !rows.some((r) => r.organisationId === o.id))
          .map((o) => (
            <li key={o.id}>
              <Button
                type="button"
                variant="tertiary"
                onClick={() =>
                  setRows([
                    ...rows,
                    { organisationId: o.id, name: o.name, role: 'partner', logoAlt: '', logoKey: null },
                  ])
                }
              >
                {t('conference.admin.partners.add', { name: o.name })}
              </Button>
            </li>
          ))}
      </ul>
      <div>
        <Button
          type="button"
          aria-disabled={save.isPending || undefined}
          onClick={() =>
            save.mutate({
              editionId: edition.id,
              partners: rows.map((r, position) => ({
                organisationId: r.organisationId,
                role: r.role,
                position,
                logoAlt: r.logoAlt,
              })),
            })
          }
        >
          {t('conference.admin.partners.save')}
        </Button>
      </div>
    </Section>
  );
}
