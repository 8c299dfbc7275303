import type { Db } from '@knutepunkt/db';

/**
 * Grow the demo's directory to a realistic size. The extra organisations
 * copy type, county, municipality and description from the demo ones, so the
 * rows (and the indexes the list uses) look like real data.
 */
export async function addOrganisations(db: Db, count: number): Promise<number> {
  const templates = await db.organisation.findMany({
    select: { type: true, county: true, municipality: true, description: true },
    orderBy: { slug: 'asc' },
  });
  if (templates.length === 0) throw new Error('the demo seed made no organisations to copy from');
  await db.organisation.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const t = templates[i % templates.length]!;
      const n = String(i + 1).padStart(4, '0');
      return { ...t, slug: `bench-organisation-${n}`, name: `${t.municipality ?? 'Landsdekkende'} recovery ${n}` };
    }),
  });
  return db.organisation.count();
}
