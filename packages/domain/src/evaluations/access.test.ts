import { describe, expect, test } from 'vitest';
import type { Actor } from '../roles/actor.ts';
import { type EvaluationAccessFacts, evaluationAccess, evaluationCreateAccess } from '../roles/decisions.ts';

const person = (userId: string, extra: Partial<Actor> = {}): Actor => ({
  userId,
  isAdmin: false,
  memberships: [],
  coordinatorOf: [],
  ...extra,
});
const facts: EvaluationAccessFacts = {
  networkId: 'n1',
  leadId: 'lead',
  teamUserIds: ['interviewer'],
  serviceOrganisationId: 'service',
  closed: false,
  breakGlassAdminIds: [],
};
const lead = person('lead', { coordinatorOf: ['n1'] });
const interviewer = person('interviewer');
const otherInterviewer = person('someone-on-another-team');
const contact = person('contact', { memberships: [{ organisationId: 'service', role: 'EDITOR' }] });
const serviceMember = person('member', { memberships: [{ organisationId: 'service', role: 'MEMBER' }] });
const coordinator = person('coordinator', { coordinatorOf: ['n1'] });
const admin = person('admin', { isAdmin: true });

describe('who may do what with an evaluation', () => {
  test.each([
    ['lead', lead, { manage: 'allow', team: 'allow', service: 'allow' }],
    ['team member', interviewer, { manage: 'notFound', team: 'allow', service: 'notFound' }],
    ['member of another team', otherInterviewer, { manage: 'notFound', team: 'notFound', service: 'notFound' }],
    ['service contact', contact, { manage: 'notFound', team: 'notFound', service: 'allow' }],
    ['plain member of the service', serviceMember, { manage: 'notFound', team: 'notFound', service: 'notFound' }],
    ['another coordinator of the network', coordinator, { manage: 'notFound', team: 'notFound', service: 'notFound' }],
    ['admin', admin, { manage: 'allow', team: 'forbidden', service: 'allow' }],
  ] as const)('%s', (_name, actor, expected) => {
    expect({
      manage: evaluationAccess(actor, facts, 'manage'),
      team: evaluationAccess(actor, facts, 'team'),
      service: evaluationAccess(actor, facts, 'service'),
    }).toEqual(expected);
  });

  test('nobody signed in is forbidden (401 at the builder)', () => {
    expect(evaluationAccess(null, facts, 'service')).toBe('forbidden');
  });

  test('an admin reads raw data only while a «break the glass» of theirs runs', () => {
    expect(evaluationAccess(admin, { ...facts, breakGlassAdminIds: ['admin'] }, 'team')).toBe('allow');
    expect(evaluationAccess(admin, { ...facts, breakGlassAdminIds: ['another-admin'] }, 'team')).toBe('forbidden');
  });

  test('closing ends the team members’ access, not the lead’s', () => {
    const closed = { ...facts, closed: true };
    expect(evaluationAccess(interviewer, closed, 'team')).toBe('notFound');
    expect(evaluationAccess(lead, closed, 'team')).toBe('allow');
  });

  test('a removed team member is no longer on the list, and gets 404 at once', () => {
    expect(evaluationAccess(interviewer, { ...facts, teamUserIds: [] }, 'team')).toBe('notFound');
  });

  test('coordinators of the network start evaluations; others do not', () => {
    expect(evaluationCreateAccess(coordinator, 'n1')).toBe('allow');
    expect(evaluationCreateAccess(person('c2', { coordinatorOf: ['n2'] }), 'n1')).toBe('notFound');
    expect(evaluationCreateAccess(interviewer, 'n1')).toBe('forbidden');
  });
});
