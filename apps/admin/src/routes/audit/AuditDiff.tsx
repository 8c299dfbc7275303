import { useId } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { COUNTIES, LOCALE_NAMES, ORGANISATION_TYPES, isLocale, type CountyCode, type Locale } from '@knutepunkt/domain';
import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';
import { useI18n } from '@knutepunkt/ui';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../format.ts';
import { auditChanges } from './diff.ts';

const FIELD_LABELS: Record<string, AdminMessageKey> = {
  name: 'organisations.field.name',
  slug: 'organisations.field.slug',
  type: 'organisations.field.type',
  description: 'organisations.field.description',
  email: 'organisations.field.email',
  phone: 'organisations.field.phone',
  website: 'organisations.field.website',
  municipality: 'organisations.field.municipality',
  county: 'organisations.field.county',
  language: 'organisations.field.language',
  counties: 'audit.admin.field.counties',
  isAdmin: 'audit.admin.field.isAdmin',
  disabledAt: 'audit.admin.field.disabledAt',
  locale: 'audit.admin.field.locale',
  role: 'audit.admin.field.role',
  status: 'audit.admin.field.status',
  note: 'audit.admin.field.note',
  requestedAt: 'audit.admin.field.requestedAt',
  decidedAt: 'audit.admin.field.decidedAt',
  decidedById: 'audit.admin.field.decidedById',
  userId: 'audit.admin.field.userId',
  organisationId: 'audit.admin.field.organisationId',
  networkId: 'audit.admin.field.networkId',
  organisation: 'audit.admin.field.organisation',
  user: 'audit.admin.field.user',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ROLES = ['MEMBER', 'EDITOR'] as const;
const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;

type T = (key: AdminMessageKey, params?: Record<string, string | number>) => string;

/** A recorded value in words: names for codes, Norwegian time for instants, "(tomt)" for nothing. */
export function formatAuditValue(field: string, value: unknown, t: T, locale: Locale): string {
  if (value === null || value === undefined || value === '') return t('audit.admin.diff.empty');
  if (typeof value === 'boolean') return t(value ? 'admin.common.yes' : 'admin.common.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.admin.diff.empty');
    const itemField = field === 'counties' ? 'county' : field;
    return value.map((item) => formatAuditValue(itemField, item, t, locale)).join(', ');
  }
  if (typeof value === 'object') {
    const name = (value as { name?: unknown }).name;
    return typeof name === 'string' ? name : JSON.stringify(value);
  }
  const text = String(value);
  if (field === 'type' && (ORGANISATION_TYPES as readonly string[]).includes(text))
    return t(`organisations.type.${text as (typeof ORGANISATION_TYPES)[number]}`);
  if (field === 'county' && text in COUNTIES) return COUNTIES[text as CountyCode];
  if (field === 'role' && (ROLES as readonly string[]).includes(text))
    return t(`memberships.role.${text as (typeof ROLES)[number]}`);
  if (field === 'status' && (STATUSES as readonly string[]).includes(text))
    return t(`memberships.admin.status.${text as (typeof STATUSES)[number]}`);
  if (field === 'locale' && isLocale(text)) return LOCALE_NAMES[text];
  if (ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text))) return formatDateTime(locale, text);
  return text;
}

export function fieldLabel(field: string, t: T): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

export interface AuditDiffProps {
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * What an audit entry changed, as a small table: for an update the changed
 * fields only, with before and after; for a creation or deletion what was
 * created or deleted.
 */
export function AuditDiff({ action, before, after }: AuditDiffProps) {
  const { t, locale } = useI18n();
  const captionId = useId();
  if (action === 'read') return <Paragraph data-size="sm">{t('audit.admin.read.text')}</Paragraph>;
  const changes = auditChanges(action, before, after);
  if (changes.length === 0) return <Paragraph data-size="sm">{t('audit.admin.diff.none')}</Paragraph>;
  const isUpdate = action === 'update';
  const caption = isUpdate
    ? t('audit.admin.diff.caption')
    : action === 'delete'
      ? t('audit.admin.diff.captionDeleted')
      : t('audit.admin.diff.captionCreated');
  return (
    <TableScroll labelledBy={captionId}>
      <Table data-size="sm" className="kp-diff">
        <caption id={captionId} className="kp-caption kp-caption--small">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('audit.admin.diff.field')}</Table.HeaderCell>
            {isUpdate ? (
              <>
                <Table.HeaderCell>{t('audit.admin.diff.before')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.admin.diff.after')}</Table.HeaderCell>
              </>
            ) : (
              <Table.HeaderCell>{t('audit.admin.diff.value')}</Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {changes.map((change) => (
            <Table.Row key={change.field}>
              <Table.HeaderCell scope="row">{fieldLabel(change.field, t)}</Table.HeaderCell>
              {isUpdate ? (
                <>
                  <Table.Cell className="kp-diff__before">
                    {formatAuditValue(change.field, change.before, t, locale)}
                  </Table.Cell>
                  <Table.Cell className="kp-diff__after">
                    {formatAuditValue(change.field, change.after, t, locale)}
                  </Table.Cell>
                </>
              ) : (
                <Table.Cell>
                  {formatAuditValue(change.field, action === 'delete' ? change.before : change.after, t, locale)}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
