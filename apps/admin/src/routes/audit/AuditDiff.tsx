import { Paragraph } from '@digdir/designsystemet-react';
import { COUNTIES, LOCALE_NAMES, ORGANISATION_TYPES, isLocale, type CountyCode, type Locale } from '@knutepunkt/domain';
import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';
import { DataTable, useI18n, type DataTableColumn } from '@knutepunkt/ui';
import { formatDateTime } from '../../format.ts';
import { auditChanges, type FieldChange } from './diff.ts';

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
  if (action === 'read') return <Paragraph data-size="sm">{t('audit.admin.read.text')}</Paragraph>;
  const changes = auditChanges(action, before, after);
  if (changes.length === 0) return <Paragraph data-size="sm">{t('audit.admin.diff.none')}</Paragraph>;
  const isUpdate = action === 'update';
  const caption = isUpdate
    ? t('audit.admin.diff.caption')
    : action === 'delete'
      ? t('audit.admin.diff.captionDeleted')
      : t('audit.admin.diff.captionCreated');
  const field: DataTableColumn<FieldChange> = {
    id: 'field',
    header: t('audit.admin.diff.field'),
    rowHeader: true,
    cell: (change) => fieldLabel(change.field, t),
  };
  const valueColumns: Array<DataTableColumn<FieldChange>> = isUpdate
    ? [
        {
          id: 'before',
          header: t('audit.admin.diff.before'),
          cellClassName: 'kp-diff__before',
          cell: (change) => formatAuditValue(change.field, change.before, t, locale),
        },
        {
          id: 'after',
          header: t('audit.admin.diff.after'),
          cellClassName: 'kp-diff__after',
          cell: (change) => formatAuditValue(change.field, change.after, t, locale),
        },
      ]
    : [
        {
          id: 'value',
          header: t('audit.admin.diff.value'),
          cell: (change) =>
            formatAuditValue(change.field, action === 'delete' ? change.before : change.after, t, locale),
        },
      ];
  return (
    <DataTable
      caption={caption}
      showCaption
      captionClassName="kp-caption kp-caption--small"
      columns={[field, ...valueColumns]}
      rows={changes}
      rowKey={(change) => change.field}
      zebra={false}
      data-size="sm"
      className="kp-diff"
    />
  );
}
