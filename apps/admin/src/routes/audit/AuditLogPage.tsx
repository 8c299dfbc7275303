import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  AUDIT_ENTITIES,
  auditPaths,
  networkPaths,
  organisationPaths,
  pathTo,
  peoplePaths,
  type AuditEntity,
  type MessageKey,
} from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataList, SelectField, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager, pageFromParams } from '../../components/Pager.tsx';
import { formatDateTime, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { auditSubject } from './diff.ts';

type Entry = AdminRouterOutputs['audit']['list']['items'][number];

const isEntity = (value: string | null): value is AuditEntity =>
  (AUDIT_ENTITIES as readonly string[]).includes(value ?? '');
const ACTIONS = ['create', 'update', 'delete', 'read'] as const;
const actionKey = (action: string): MessageKey =>
  (ACTIONS as readonly string[]).includes(action)
    ? `audit.action.${action as (typeof ACTIONS)[number]}`
    : 'audit.action.update';
const entityKey = (entity: string): MessageKey | null => (isEntity(entity) ? `audit.entity.${entity}` : null);

/** Where an entry's subject can be opened in this app, if it still exists. */
function subjectHref(entry: Entry): string | null {
  if (entry.action === 'delete') return null;
  if (entry.entity === 'organisation')
    return pathTo(organisationPaths.admin.organisation, { organisationId: entry.entityId });
  if (entry.entity === 'network') return pathTo(networkPaths.admin.network, { networkId: entry.entityId });
  if (entry.entity === 'user') return pathTo(peoplePaths.admin.person, { userId: entry.entityId });
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
    return pathTo(auditPaths.admin.log, undefined, Object.fromEntries(next));
  };
  const onlyActor = (id: string) => pathTo(auditPaths.admin.log, undefined, { hva: entity, av: id });
  const actorName = list.data?.items.find((item) => item.actor?.id === actorId)?.actor?.name;

  return (
    <Page title={t('audit.title')} lead={<Paragraph>{t('audit.intro')}</Paragraph>}>
      <form role="search" aria-label={t('audit.filter.entity')} onSubmit={onSubmit} className="kp-filters">
        <SelectField
          name="entity"
          label={t('audit.filter.entity')}
          placeholder={t('audit.filter.all')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          options={AUDIT_ENTITIES.map((value) => ({ value, label: t(`audit.entity.${value}`) }))}
        />
        <div className="kp-filters__buttons">
          <Button type="submit">{t('audit.filter.apply')}</Button>
        </div>
      </form>
      {actorId ? (
        <Paragraph>
          {actorName ? t('audit.filter.actor', { name: actorName }) : t('audit.filter.actorUnknown')}{' '}
          <AppLink to={withoutActor()}>{t('audit.filter.clearActor')}</AppLink>
        </Paragraph>
      ) : null}

      <DataList
        label={t('audit.entries')}
        query={list}
        items={list.data?.items}
        itemKey={(entry) => entry.id}
        className="kp-audit"
        itemClassName="kp-audit__entry"
        status={list.data ? t('admin.common.results', { count: formatNumber(locale, list.data.total) }) : null}
        empty={t('audit.empty')}
        errorHeadingLevel={2}
        pagination={
          list.data ? (
            <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} searchParams={params} />
          ) : null
        }
        renderItem={(entry) => <AuditEntry entry={entry} actorId={actorId} onlyActor={onlyActor} />}
      />
    </Page>
  );
}

/** One entry of the log: what, who, when, and the changed fields. */
function AuditEntry({
  entry,
  actorId,
  onlyActor,
}: {
  entry: Entry;
  /** The person the log is filtered by, if any (no "only this person" link for them). */
  actorId: string | undefined;
  onlyActor: (id: string) => string;
}) {
  const { t, locale } = useI18n();
  const subject = auditSubject(entry.before, entry.after);
  const key = entityKey(entry.entity);
  const href = subjectHref(entry);
  return (
    <>
      <Heading level={2} data-size="2xs">
        {key ? t(key) : entry.entity}
        {subject ? ': ' : null}
        {subject && href ? <AppLink to={href}>{subject}</AppLink> : subject}
      </Heading>
      <dl className="kp-meta">
        {subject ? null : (
          // Reads record no name, only whose data was viewed.
          <div>
            <dt>{t('audit.meta.id')}</dt>
            <dd className="kp-id">{href ? <AppLink to={href}>{entry.entityId}</AppLink> : entry.entityId}</dd>
          </div>
        )}
        <div>
          <dt>{t('audit.meta.action')}</dt>
          <dd>{t(actionKey(entry.action))}</dd>
        </div>
        <div>
          <dt>{t('audit.meta.actor')}</dt>
          <dd>
            {entry.actor ? (
              <>
                {entry.actor.name}
                {entry.actor.id !== actorId ? (
                  <span className="kp-meta__action">
                    <AppLink to={onlyActor(entry.actor.id)}>
                      {t('audit.filter.byActorLabel', { name: entry.actor.name })}
                    </AppLink>
                  </span>
                ) : null}
              </>
            ) : (
              t('audit.actor.unknown')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('audit.meta.time')}</dt>
          <dd>
            <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
          </dd>
        </div>
      </dl>
      <AuditDiff action={entry.action} before={entry.before} after={entry.after} />
    </>
  );
}
