import { Paragraph } from '@digdir/designsystemet-react';
import {
  COUNTIES,
  LOCALE_NAMES,
  ORGANISATION_TYPES,
  isLocale,
  type CountyCode,
  type Locale,
  type MessageKey,
} from '@knutepunkt/domain';
import { DataTable, useI18n, type DataTableColumn } from '@knutepunkt/ui';
import { formatDateTime } from '../../format.ts';
import { auditChanges, type FieldChange } from './diff.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'org.field.name',
  slug: 'org.field.slug',
  type: 'org.field.type',
  description: 'org.field.description',
  email: 'org.field.email',
  phone: 'org.field.phone',
  website: 'org.field.website',
  municipality: 'org.field.municipality',
  county: 'org.field.county',
  language: 'org.field.language',
  counties: 'audit.field.counties',
  isAdmin: 'audit.field.isAdmin',
  disabledAt: 'audit.field.disabledAt',
  locale: 'audit.field.locale',
  role: 'audit.field.role',
  status: 'audit.field.status',
  note: 'audit.field.note',
  requestedAt: 'audit.field.requestedAt',
  decidedAt: 'audit.field.decidedAt',
  decidedById: 'audit.field.decidedById',
  userId: 'audit.field.userId',
  organisationId: 'audit.field.organisationId',
  networkId: 'audit.field.networkId',
  organisation: 'audit.field.organisation',
  user: 'audit.field.user',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ROLES = ['MEMBER', 'EDITOR'] as const;
const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A recorded value in words: names for codes, Norwegian time for instants, "(tomt)" for nothing. */
export function formatAuditValue(field: string, value: unknown, t: T, locale: Locale): string {
  if (value === null || value === undefined || value === '') return t('audit.diff.empty');
  if (typeof value === 'boolean') return t(value ? 'admin.common.yes' : 'admin.common.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.diff.empty');
    const itemField = field === 'counties' ? 'county' : field;
    return value.map((item) => formatAuditValue(itemField, item, t, locale)).join(', ');
  }
  if (typeof value === 'object') {
    const name = (value as { name?: unknown }).name;
    return typeof name === 'string' ? name : JSON.stringify(value);
  }
  const text = String(value);
  if (field === 'type' && (ORGANISATION_TYPES as readonly string[]).includes(text))
    return t(`org.type.${text as (typeof ORGANISATION_TYPES)[number]}`);
  if (field === 'county' && text in COUNTIES) return COUNTIES[text as CountyCode];
  if (field === 'role' && (ROLES as readonly string[]).includes(text))
    return t(`admin.role.${text as (typeof ROLES)[number]}`);
  if (field === 'status' && (STATUSES as readonly string[]).includes(text))
    return t(`admin.status.${text as (typeof STATUSES)[number]}`);
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
  if (action === 'read') return <Paragraph data-size="sm">{t('audit.read.text')}</Paragraph>;
  const changes = auditChanges(action, before, after);
  if (changes.length === 0) return <Paragraph data-size="sm">{t('audit.diff.none')}</Paragraph>;
  const isUpdate = action === 'update';
  const caption = isUpdate
    ? t('audit.diff.caption')
    : action === 'delete'
      ? t('audit.diff.captionDeleted')
      : t('audit.diff.captionCreated');
  const field: DataTableColumn<FieldChange> = {
    id: 'field',
    header: t('audit.diff.field'),
    rowHeader: true,
    cell: (change) => fieldLabel(change.field, t),
  };
  const valueColumns: Array<DataTableColumn<FieldChange>> = isUpdate
    ? [
        {
          id: 'before',
          header: t('audit.diff.before'),
          cellClassName: 'kp-diff__before',
          cell: (change) => formatAuditValue(change.field, change.before, t, locale),
        },
        {
          id: 'after',
          header: t('audit.diff.after'),
          cellClassName: 'kp-diff__after',
          cell: (change) => formatAuditValue(change.field, change.after, t, locale),
        },
      ]
    : [
        {
          id: 'value',
          header: t('audit.diff.value'),
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
