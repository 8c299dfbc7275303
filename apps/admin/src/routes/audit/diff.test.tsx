import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@knutepunkt/domain/i18n';
import { adminMessages } from '@knutepunkt/domain/i18n/admin';
import { I18nProvider } from '@knutepunkt/ui';
import { AuditDiff } from './AuditDiff.tsx';
import { auditChanges, auditSubject } from './diff.ts';

const before = {
  id: 'o1',
  name: 'Trondheim kommune',
  type: 'MUNICIPALITY',
  county: '50',
  email: null,
  phone: '73 00 00 00',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const after = { ...before, county: '15', email: 'post@trondheim.kommune.no', updatedAt: '2026-11-24T10:00:00.000Z' };

describe('auditChanges', () => {
  it('lists only the fields an update changed, not bookkeeping like updatedAt', () => {
    expect(auditChanges('update', before, after)).toEqual([
      { field: 'county', before: '50', after: '15' },
      { field: 'email', before: null, after: 'post@trondheim.kommune.no' },
    ]);
  });

  it('does not call a field changed because the after-state was recorded in another shape', () => {
    const membershipBefore = { id: 'm1', userId: 'u1', organisationId: 'o1', role: 'MEMBER', status: 'PENDING' };
    const membershipAfter = {
      id: 'm1',
      role: 'EDITOR',
      status: 'APPROVED',
      user: { id: 'u1', name: 'Mona Medlem' },
      organisation: { id: 'o1', name: 'Mental Helse' },
    };
    expect(auditChanges('update', membershipBefore, membershipAfter).map((c) => c.field)).toEqual(['role', 'status']);
    expect(auditSubject(membershipBefore, membershipAfter)).toBe('Mona Medlem – Mental Helse');
  });

  it('shows what was created or deleted, without empty fields', () => {
    expect(auditChanges('create', null, after).map((c) => c.field)).toEqual([
      'name',
      'type',
      'county',
      'email',
      'phone',
    ]);
    expect(auditChanges('delete', before, null).map((c) => c.field)).toEqual(['name', 'type', 'county', 'phone']);
    expect(auditChanges('read', null, null)).toEqual([]);
  });
});

describe('<AuditDiff>', () => {
  it('renders a table of the changed fields with readable values', () => {
    render(
      <I18nProvider locale="nb" loadMessages={(language) => messagesFor(adminMessages, language)}>
        <AuditDiff action="update" before={before} after={after} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Endrede felt' });
    const rows = within(table).getAllByRole('row');
    // Header + the two changed fields: name, type and phone were not changed.
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Fylke');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Trøndelag', 'Møre og Romsdal']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['(tomt)', 'post@trondheim.kommune.no']);
    expect(within(table).queryByText('Trondheim kommune')).toBeNull();
  });

  it('says so when an update changed nothing visible', () => {
    render(
      <I18nProvider locale="en" loadMessages={(language) => messagesFor(adminMessages, language)}>
        <AuditDiff action="update" before={before} after={{ ...before, updatedAt: '2026-11-25T00:00:00.000Z' }} />
      </I18nProvider>,
    );
    expect(screen.getByText('No fields were changed.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
