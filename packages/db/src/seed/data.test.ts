// The demo data checked against the same rules the platform applies to
// people's input, without a database: a slip here would otherwise surface
// only as a failed first start.
import { networkCreateInput, organisationCreateInput, registerInput, slugify } from '@knutepunkt/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from './accounts.ts';
import { DEMO_NETWORKS } from './networks.ts';
import { DEMO_ORGANISATIONS } from './organisations.ts';

const orgSlugs = new Set(DEMO_ORGANISATIONS.map((o) => o.slug));
const networkSlugs = new Set(DEMO_NETWORKS.map((n) => n.slug));

describe('demo organisations', () => {
  it.each(DEMO_ORGANISATIONS.map((o) => [o.slug, o] as const))('%s passes the create rules', (_, o) => {
    expect(organisationCreateInput.safeParse({ ...o, email: null, phone: null }).error).toBeUndefined();
  });

  it('have unique slugs made from their names the way the platform makes them', () => {
    expect(orgSlugs.size).toBe(DEMO_ORGANISATIONS.length);
    for (const o of DEMO_ORGANISATIONS) expect(slugify(o.name).startsWith(o.slug), o.slug).toBe(true);
  });

  it('are about 15–18, as a directory worth browsing', () => {
    expect(DEMO_ORGANISATIONS.length).toBeGreaterThanOrEqual(15);
    expect(DEMO_ORGANISATIONS.length).toBeLessThanOrEqual(18);
  });
});

describe('demo networks', () => {
  it.each(DEMO_NETWORKS.map((n) => [n.slug, n] as const))(
    '%s passes the create rules and lists known members',
    (_, n) => {
      expect(networkCreateInput.safeParse(n).error).toBeUndefined();
      for (const slug of n.members) expect(orgSlugs).toContain(slug);
      expect(new Set(n.members).size).toBe(n.members.length);
    },
  );
});

describe('demo accounts', () => {
  const emails = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  const admins = new Set(DEMO_ACCOUNTS.filter((a) => a.isAdmin).map((a) => a.email));

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a] as const))('%s could have registered itself', (email, a) => {
    expect(email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)).toBe(true);
    expect(registerInput.safeParse({ ...a, password: DEMO_PASSWORD }).error).toBeUndefined();
  });

  it('link only to known organisations and networks, decided by someone allowed to', () => {
    for (const a of DEMO_ACCOUNTS) {
      for (const slug of a.coordinates ?? []) expect(networkSlugs).toContain(slug);
      for (const m of a.memberships ?? []) {
        expect(orgSlugs).toContain(m.organisation);
        if (m.status === 'PENDING') {
          expect(m.decidedBy).toBeUndefined();
          continue;
        }
        expect(emails).toContain(m.decidedBy);
        expect(m.decidedBy).not.toBe(a.email);
        // Mirrors membershipDecisionAccess: editors are made by an admin or a coordinator of the organisation's network.
        const decider = DEMO_ACCOUNTS.find((d) => d.email === m.decidedBy)!;
        const coordinatesIt = (decider.coordinates ?? []).some((slug) =>
          DEMO_NETWORKS.find((n) => n.slug === slug)?.members.includes(m.organisation),
        );
        expect(admins.has(decider.email) || coordinatesIt).toBe(true);
      }
    }
  });

  it('leave one request pending, so approval can be tried', () => {
    const pending = DEMO_ACCOUNTS.flatMap((a) => a.memberships ?? []).filter((m) => m.status === 'PENDING');
    expect(pending).toHaveLength(1);
  });
});
