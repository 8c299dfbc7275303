import type { Db } from '../client.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { DEMO_NETWORKS } from './networks.ts';
import { DEMO_ORGANISATIONS } from './organisations.ts';
import { seedPractice } from './practice.ts';
import { seedMeetings } from './meetings.ts';
import { type PublishRelease, seedConference } from './conference.ts';
import { type PublishEvaluationReport, type SealRawText } from './evaluations-context.ts';
import { seedEvaluations } from './evaluations.ts';

export interface DemoSummary {
  accounts: Array<{ email: string; password: string; role: string /* English description, e.g. 'platform admin' */ }>;
}

export interface SeedDemoOptions {
  /** The API's own password hashing, so demo accounts sign in like any other. */
  hashPassword: (plain: string) => Promise<string>;
  /** The API's publishing of a conference release (conference.ts); without it the demo's releases stay drafts. */
  publishConferenceRelease?: PublishRelease;
  /**
   * The API's sealing of raw data with the server's key (docs/adr/0025). Without it (no key, or
   * the db package's tests) the demo evaluations' notes, free-text answers and quotes are left
   * out: raw data is never stored as plain text.
   */
  sealRawText?: SealRawText;
  /** The API's freezing of a report; without it the seed freezes the demo's own (evaluations-report.ts). */
  publishEvaluationReport?: PublishEvaluationReport;
}

/**
 * Fill an empty database with the demo: organisations, networks, one
 * account per role, the practice bank, the network meetings (with
 * made-up participants, not listed in the summary), the conference and two Bruker Spør Bruker
 * evaluations. Returns null, touching nothing, once any organisation
 * exists, so a restart never overwrites or duplicates what people have made.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<DemoSummary | null> {
  if (await hasOrganisations(db)) return null;

  // Hash before the transaction opens: hashing is deliberately slow and would
  // otherwise hold the transaction (and PGlite's single connection) open.
  // The meetings' participants share one hash (meetings-people.ts), the last one here.
  const hashes = await Promise.all([...DEMO_ACCOUNTS, null].map(() => options.hashPassword(DEMO_PASSWORD)));
  const participantHash = hashes.pop()!;

  const seeded = await db.$transaction(
    async (tx) => {
      // Checked again inside: two processes starting at once must not both seed.
      if (await hasOrganisations(tx)) return false;
      const now = new Date();

      const organisations = await tx.organisation.createManyAndReturn({
        data: DEMO_ORGANISATIONS.map((o) => ({
          slug: o.slug,
          name: o.name,
          type: o.type,
          county: o.county,
          municipality: o.municipality,
          website: o.website,
          description: o.description,
          language: o.language ?? 'nb',
        })),
        select: { id: true, slug: true },
      });
      const organisationId = lookup(organisations, (o) => o.slug, 'organisation');

      const networks = await tx.network.createManyAndReturn({
        data: DEMO_NETWORKS.map((n) => ({
          slug: n.slug,
          name: n.name,
          counties: n.counties,
          description: n.description,
        })),
        select: { id: true, slug: true },
      });
      const networkId = lookup(networks, (n) => n.slug, 'network');

      await tx.networkMember.createMany({
        data: DEMO_NETWORKS.flatMap((n) =>
          n.members.map((slug) => ({ networkId: networkId(n.slug), organisationId: organisationId(slug) })),
        ),
      });

      const users = await tx.user.createManyAndReturn({
        data: DEMO_ACCOUNTS.map((a, i) => ({
          email: a.email,
          name: a.name,
          locale: a.locale,
          isAdmin: a.isAdmin ?? false,
          passwordHash: hashes[i]!,
        })),
        select: { id: true, email: true },
      });
      const userId = lookup(users, (u) => u.email, 'account');

      await tx.networkCoordinator.createMany({
        data: DEMO_ACCOUNTS.flatMap((a) =>
          (a.coordinates ?? []).map((slug) => ({ networkId: networkId(slug), userId: userId(a.email) })),
        ),
      });

      await tx.membership.createMany({
        data: DEMO_ACCOUNTS.flatMap((a) =>
          (a.memberships ?? []).map((m) => ({
            userId: userId(a.email),
            organisationId: organisationId(m.organisation),
            role: m.role,
            status: m.status,
            note: m.note ?? null,
            decidedAt: m.status === 'PENDING' ? null : now,
            decidedById: m.decidedBy ? userId(m.decidedBy) : null,
          })),
        ),
      });

      // The practice bank's examples, in the same transaction: seeded once, with everything else.
      await seedPractice(tx, { organisationId, userId }, now);
      // The network's meetings: two held, one upcoming, with their participants (meetings.ts).
      await seedMeetings(tx, { networkId, organisationId, userId }, participantHash, now);
      // The conference: 2022 with two releases and the member's stars, 2027 being planned (conference.ts).
      await seedConference(tx, { networkId, organisationId, userId }, options.publishConferenceRelease);
      // Bruker Spør Bruker: one evaluation published with its follow-up, one collecting (evaluations.ts).
      await seedEvaluations(
        tx,
        { networkId, organisationId, userId },
        { sealRawText: options.sealRawText, publishEvaluationReport: options.publishEvaluationReport },
        now,
      );
      return true;
    },
    // A cold PGlite start can be slow; the default 5 s would fail the seed on a slow machine.
    { timeout: 60_000, maxWait: 60_000 },
  );
  if (!seeded) return null;

  return {
    accounts: DEMO_ACCOUNTS.map((a) => ({ email: a.email, password: DEMO_PASSWORD, role: a.role })),
  };
}

type Queryable = Pick<Db, 'organisation'>;

async function hasOrganisations(db: Queryable): Promise<boolean> {
  return (await db.organisation.findFirst({ select: { id: true } })) !== null;
}

/**
 * Id by key, failing loudly: a typo in the seed data must abort the whole
 * transaction rather than leave a half-linked demo behind.
 */
function lookup<T extends { id: string }>(rows: T[], key: (row: T) => string, what: string): (k: string) => string {
  const ids = new Map(rows.map((r) => [key(r), r.id]));
  return (k) => {
    const id = ids.get(k);
    if (!id) throw new Error(`Demo seed: unknown ${what} "${k}"`);
    return id;
  };
}
