import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AUDIT_ENTITIES, type AuditEntity } from '@knutepunkt/domain';
import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { EmptyState, Loading, SelectField, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { SectionError } from '../../components/PageStates.tsx';
import { Pager, pageFromParams } from '../../components/Pager.tsx';
import { formatDateTime, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { auditSubject } from './diff.ts';

type Entry = AdminRouterOutputs['audit']['list']['items'][number];

const isEntity = (value: string | null): value is AuditEntity =>
  (AUDIT_ENTITIES as readonly string[]).includes(value ?? '');
const ACTIONS = ['create', 'update', 'delete', 'read'] as const;
const actionKey = (action: string): AdminMessageKey =>
  (ACTIONS as readonly string[]).includes(action)
    ? `audit.admin.action.${action as (typeof ACTIONS)[number]}`
    : 'audit.admin.action.update';
const entityKey = (entity: string): AdminMessageKey | null =>
  isEntity(entity) ? `audit.admin.entity.${entity}` : null;

/** Where an entry's subject can be opened in this app, if it still exists. */
function subjectHref(entry: Entry): string | null {
  if (entry.action === 'delete') return null;
  if (entry.entity === 'organisation') return `/organisasjoner/${entry.entityId}`;
  if (entry.entity === 'network') return `/nettverk/${entry.entityId}`;
  if (entry.entity === 'user') return `/personer/${entry.entityId}`;
  return null;
}

/** /logg?hva=&av=&side= (admins): who changed what, when, newest first. */
export function AuditLogPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const entityParam = params.get('hva');
  const entity = isEntity(entityParam) ? entityParam : undefined;
  const actorId = params.get('av') || undefined;
  const page = pageFromParams(params);
  const [draft, setDraft] = useState<string>(entity ?? '');
  const list = useQuery({
    ...trpc.audit.list.queryOptions({ entity, actorId, page }),
    placeholderData: keepPreviousData,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft) next.set('hva', draft);
    if (actorId) next.set('av', actorId);
    setParams(next);
  };
  const withoutActor = () => {
    const next = new URLSearchParams(params);
    next.delete('av');
    next.delete('side');
    const query = next.toString();
    return query ? `?${query}` : '?';
  };
  const onlyActor = (id: string) => {
    const next = new URLSearchParams();
    if (entity) next.set('hva', entity);
    next.set('av', id);
    return `?${next.toString()}`;
  };
  const actorName = list.data?.items.find((item) => item.actor?.id === actorId)?.actor?.name;

  return (
    <Page title={t('audit.admin.title')} lead={<Paragraph>{t('audit.admin.intro')}</Paragraph>}>
      <form role="search" aria-label={t('audit.admin.filter.entity')} onSubmit={onSubmit} className="kp-filters">
        <SelectField
          name="entity"
          label={t('audit.admin.filter.entity')}
          placeholder={t('audit.admin.filter.all')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          options={AUDIT_ENTITIES.map((value) => ({ value, label: t(`audit.admin.entity.${value}`) }))}
        />
        <div className="kp-filters__buttons">
          <Button type="submit">{t('audit.admin.filter.apply')}</Button>
        </div>
      </form>
      {actorId ? (
        <Paragraph>
          {actorName ? t('audit.admin.filter.actor', { name: actorName }) : t('audit.admin.filter.actorUnknown')}{' '}
          <AppLink to={withoutActor()}>{t('audit.admin.filter.clearActor')}</AppLink>
        </Paragraph>
      ) : null}

      <div role="status" className="kp-status">
        {list.data ? (
          <Paragraph>{t('admin.common.results', { count: formatNumber(locale, list.data.total) })}</Paragraph>
        ) : null}
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <SectionError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState message={t('audit.admin.empty')} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <ol className="kp-audit" aria-label={t('audit.admin.entries')}>
            {list.data.items.map((entry) => {
              const subject = auditSubject(entry.before, entry.after);
              const key = entityKey(entry.entity);
              const href = subjectHref(entry);
              return (
                <li key={entry.id} className="kp-audit__entry">
                  <Heading level={2} data-size="2xs">
                    {key ? t(key) : entry.entity}
                    {subject ? ': ' : null}
                    {subject && href ? <AppLink to={href}>{subject}</AppLink> : subject}
                  </Heading>
                  <dl className="kp-meta">
                    {subject ? null : (
                      // Reads record no name, only whose data was viewed.
                      <div>
                        <dt>{t('audit.admin.meta.id')}</dt>
                        <dd className="kp-id">
                          {href ? <AppLink to={href}>{entry.entityId}</AppLink> : entry.entityId}
                        </dd>
                      </div>
                    )}
                    <div>
                      <dt>{t('audit.admin.meta.action')}</dt>
                      <dd>{t(actionKey(entry.action))}</dd>
                    </div>
                    <div>
                      <dt>{t('audit.admin.meta.actor')}</dt>
                      <dd>
                        {entry.actor ? (
                          <>
                            {entry.actor.name}
                            {entry.actor.id !== actorId ? (
                              <span className="kp-meta__action">
                                <AppLink to={onlyActor(entry.actor.id)}>
                                  {t('audit.admin.filter.byActorLabel', { name: entry.actor.name })}
                                </AppLink>
                              </span>
                            ) : null}
                          </>
                        ) : (
                          t('audit.admin.actor.unknown')
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('audit.admin.meta.time')}</dt>
                      <dd>
                        <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
                      </dd>
                    </div>
                  </dl>
                  <AuditDiff action={entry.action} before={entry.before} after={entry.after} />
                </li>
              );
            })}
          </ol>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} searchParams={params} />
        </>
      ) : null}
    </Page>
  );
}
