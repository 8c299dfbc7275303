import { slugField } from '@knutepunkt/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle, Db } from '../client.ts';
import { testDatabases } from '../testing/index.ts';
import { seedDemo } from './index.ts';

// A stand-in for the API's argon2: the seed must store whatever it returns.
const hashPassword = vi.fn(async (plain: string) => `test-hash:${plain}`);

/** Everything the seed writes, in a stable order, to compare before and after. */
async function snapshot(db: Db) {
  return {
    organisations: await db.organisation.findMany({ orderBy: { slug: 'asc' } }),
    networks: await db.network.findMany({ orderBy: { slug: 'asc' } }),
    networkMembers: await db.networkMember.findMany({ orderBy: [{ networkId: 'asc' }, { organisationId: 'asc' }] }),
    coordinators: await db.networkCoordinator.findMany({ orderBy: [{ networkId: 'asc' }, { userId: 'asc' }] }),
    users: await db.user.findMany({ orderBy: { email: 'asc' } }),
    memberships: await db.membership.findMany({ orderBy: { id: 'asc' } }),
  };
}

async function linksOf(db: Db, email: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    include: {
      memberships: { include: { organisation: true, decidedBy: true } },
      coordinatorOf: { include: { network: true } },
    },
  });
  return {
    user,
    memberships: user.memberships.map((m) => ({
      organisation: m.organisation.slug,
      role: m.role,
      status: m.status,
      decided: m.decidedAt !== null,
    })),
    coordinates: user.coordinatorOf.map((c) => c.network.slug).sort(),
  };
}

describe.each(testDatabases())('seedDemo on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  beforeEach(async (ctx) => {
    hashPassword.mockClear();
    handle = await open();
    if (!handle) ctx.skip(skipReason);
  }, 60_000);
  afterEach(async () => {
    await handle?.close();
  });

  it('seeds an empty database once, and a second start changes nothing', async () => {
    const db = handle!.db;
    const summary = await seedDemo(db, { hashPassword });
    expect(summary?.accounts.map((a) => a.email)).toEqual([
      'admin@demo.knutepunkt.no',
      'koordinator@demo.knutepunkt.no',
      'redaktor@demo.knutepunkt.no',
      'medlem@demo.knutepunkt.no',
      'nynorsk@demo.knutepunkt.no',
      'koordinator.knutepunkt@demo.knutepunkt.no',
      'intervjuer@demo.knutepunkt.no',
      'pending@demo.knutepunkt.no',
    ]);
    for (const a of summary!.accounts) {
      expect(a.password).toBe('demo-passord-2026');
      expect(a.role).not.toBe('');
    }

    const before = await snapshot(db);
    expect(before.organisations.length).toBeGreaterThanOrEqual(15);
    expect(before.networks.map((n) => n.slug)).toEqual(['knutepunkt-for-recovery', 'recovery-nettverk-midt-norge']);
    for (const u of before.users) expect(u.passwordHash).toBe('test-hash:demo-passord-2026');

    hashPassword.mockClear();
    expect(await seedDemo(db, { hashPassword })).toBeNull();
    expect(hashPassword).not.toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });

  it('seeds the network’s meetings: two held, and one upcoming with an agenda (details in meetings.test.ts)', async () => {
    const db = handle!.db;
    await seedDemo(db, { hashPassword });
    const meetings = await db.meeting.findMany({
      include: { network: { select: { slug: true } }, _count: { select: { agenda: true } } },
      orderBy: { startsAt: 'asc' },
    });
    expect(meetings.map((m) => m.status)).toEqual(['held', 'held', 'published']);
    for (const m of meetings) expect(m.network.slug).toBe('recovery-nettverk-midt-norge');
    const meeting = meetings.at(-1)!;
    expect(meeting.slug).toBe('nettverkssamling-i-trondheim');
    expect(meeting.startsAt.getTime()).toBeGreaterThan(Date.now());
    expect(meeting.registrationDeadline!.getTime()).toBeGreaterThan(Date.now());
    expect(meeting._count.agenda).toBeGreaterThan(3);
  });

  it('leaves a database that already has an organisation alone', async () => {
    const db = handle!.db;
    await db.organisation.create({ data: { slug: 'egen-organisasjon', name: 'Egen organisasjon', type: 'OTHER' } });
    expect(await seedDemo(db, { hashPassword })).toBeNull();
    expect(await db.organisation.count()).toBe(1);
    expect(await db.user.count()).toBe(0);
  });

  it('gives each demo account its role', async () => {
    const db = handle!.db;
    await seedDemo(db, { hashPassword });

    const admin = await linksOf(db, 'admin@demo.knutepunkt.no');
    expect(admin.user.isAdmin).toBe(true);
    expect(admin.memberships).toEqual([]);

    const kari = await linksOf(db, 'koordinator@demo.knutepunkt.no');
    expect(kari.user.isAdmin).toBe(false);
    expect(kari.coordinates).toEqual(['recovery-nettverk-midt-norge']);
    expect(kari.memberships).toEqual([
      { organisation: 'kbt-midt-norge', role: 'EDITOR', status: 'APPROVED', decided: true },
    ]);

    const rune = await linksOf(db, 'redaktor@demo.knutepunkt.no');
    expect(rune.memberships).toEqual([
      { organisation: 'trondheim-kommune', role: 'EDITOR', status: 'APPROVED', decided: true },
    ]);
    expect(rune.coordinates).toEqual([]);

    const mona = await linksOf(db, 'medlem@demo.knutepunkt.no');
    expect(mona.memberships).toEqual([
      { organisation: 'mental-helse-trondelag', role: 'MEMBER', status: 'APPROVED', decided: true },
    ]);

    const nils = await linksOf(db, 'nynorsk@demo.knutepunkt.no');
    expect(nils.user.locale).toBe('nn');
    expect(nils.memberships).toEqual([
      { organisation: 'molde-kommune', role: 'EDITOR', status: 'APPROVED', decided: true },
    ]);

    const kjell = await linksOf(db, 'koordinator.knutepunkt@demo.knutepunkt.no');
    expect(kjell.coordinates).toEqual(['knutepunkt-for-recovery']);

    const ida = await linksOf(db, 'intervjuer@demo.knutepunkt.no');
    expect(ida.user.locale).toBe('nn');
    expect(ida.memberships).toEqual([
      { organisation: 'mental-helse-trondelag', role: 'MEMBER', status: 'APPROVED', decided: true },
    ]);
    expect(ida.coordinates).toEqual([]);

    const per = await linksOf(db, 'pending@demo.knutepunkt.no');
    expect(per.memberships).toEqual([
      { organisation: 'trondheim-kommune', role: 'MEMBER', status: 'PENDING', decided: false },
    ]);
    expect(per.user.memberships[0]!.note).toBeTruthy();
    expect(per.user.memberships[0]!.decidedById).toBeNull();

    // Every approval names a decider other than the person approved.
    const approved = await db.membership.findMany({ where: { status: 'APPROVED' } });
    for (const m of approved) {
      expect(m.decidedById).not.toBeNull();
      expect(m.decidedById).not.toBe(m.userId);
    }
  });

  it('puts the right organisations in each network, all with valid slugs and counties', async () => {
    const db = handle!.db;
    await seedDemo(db, { hashPassword });

    const organisations = await db.organisation.findMany();
    for (const o of organisations) {
      expect(slugField.safeParse(o.slug).success, o.slug).toBe(true);
      expect(o.phone).toBeNull();
    }

    const membersOf = async (slug: string) =>
      (await db.networkMember.findMany({ where: { network: { slug } }, include: { organisation: true } }))
        .map((m) => m.organisation)
        .sort((a, b) => a.slug.localeCompare(b.slug));

    const midtNorge = await membersOf('recovery-nettverk-midt-norge');
    expect(midtNorge.map((o) => o.slug)).toEqual(
      expect.arrayContaining([
        'kbt-midt-norge',
        'napha',
        'trondheim-kommune',
        'molde-kommune',
        'mental-helse-trondelag',
        'lpp-trondelag',
      ]),
    );
    for (const type of ['MUNICIPALITY', 'SPECIALIST_SERVICE', 'USER_ORGANISATION', 'NEXT_OF_KIN_ORGANISATION'] as const)
      expect(
        midtNorge.some((o) => o.type === type),
        type,
      ).toBe(true);

    const knutepunkt = await membersOf('knutepunkt-for-recovery');
    expect(knutepunkt.map((o) => o.slug)).toEqual(
      expect.arrayContaining(['kbt-midt-norge', 'sagatun-brukerstyrt-senter']),
    );
    for (const o of knutepunkt) expect(o.type).toBe('USER_LED_CENTRE');

    const network = await db.network.findUniqueOrThrow({ where: { slug: 'recovery-nettverk-midt-norge' } });
    expect(network.counties).toEqual(['50', '15']);
  });
});
