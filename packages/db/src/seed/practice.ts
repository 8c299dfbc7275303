import type { Prisma } from '../generated/prisma/client.ts';
import { refreshPracticeSearch } from '../practice-search.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { DEMO_NETWORKS } from './networks.ts';
import { DEMO_PRACTICES_NB, type DemoPractice } from './practice-data.ts';
import { DEMO_PRACTICES_NN } from './practice-data-nn.ts';

export type { DemoPractice } from './practice-data.ts';

/** The practice bank's demo examples, bokmål and nynorsk. */
export const DEMO_PRACTICES: readonly DemoPractice[] = [...DEMO_PRACTICES_NB, ...DEMO_PRACTICES_NN];

/** Ids the demo seed has already created, by organisation slug and by account e-mail. */
export interface PracticeSeedIds {
  organisationId: (slug: string) => string;
  userId: (email: string) => string;
}

const DAY = 86_400_000;

/** The demo account that edits for an organisation, if there is one: it is the author of its examples. */
export function demoEditorOf(organisation: string): string | undefined {
  return DEMO_ACCOUNTS.find((a) =>
    a.memberships?.some((m) => m.organisation === organisation && m.role === 'EDITOR' && m.status === 'APPROVED'),
  )?.email;
}

/**
 * Who reviews an organisation's examples: a coordinator of one of its
 * networks who is not also the author, or the admin where no one else may.
 */
export function demoReviewerOf(organisation: string, author: string | undefined): string {
  const networks = DEMO_NETWORKS.filter((n) => n.members.includes(organisation)).map((n) => n.slug);
  const coordinator = DEMO_ACCOUNTS.find((a) => a.email !== author && a.coordinates?.some((c) => networks.includes(c)));
  return (coordinator ?? DEMO_ACCOUNTS.find((a) => a.isAdmin)!).email;
}

/**
 * Write the practice bank's demo: each example with its versions, review
 * comment and adoptions, as if it had gone through the real workflow. A
 * published example gets its published version and dates set and its row in
 * the search index (none when archived). Runs inside the demo seed's
 * transaction.
 */
export async function seedPractice(
  tx: Prisma.TransactionClient,
  ids: PracticeSeedIds,
  now = new Date(),
): Promise<void> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

  for (const p of DEMO_PRACTICES) {
    const author = demoEditorOf(p.organisation);
    const authorId = author ? ids.userId(author) : null;
    const reviewedById = ids.userId(demoReviewerOf(p.organisation, author));

    /** The dates a version has once it has reached `state`, `days` ago. */
    const dated = (state: DemoPractice['state'] | 'SUPERSEDED', days: number) => {
      const at = daysAgo(days);
      const published = state === 'PUBLISHED' || state === 'SUPERSEDED';
      if (state === 'DRAFT') return { createdAt: at };
      return {
        createdAt: daysAgo(days + 21),
        submittedAt: state === 'IN_REVIEW' ? at : daysAgo(days + 4),
        ...(state === 'IN_REVIEW' ? {} : { reviewedAt: at, reviewedById }),
        ...(published ? { publishedAt: at } : {}),
      };
    };

    const versions: Prisma.PracticeVersionCreateWithoutExampleInput[] = [];
    if (p.earlier)
      versions.push({
        ...p.content,
        ...p.earlier.changes,
        number: 1,
        state: 'SUPERSEDED',
        authorId,
        ...dated('SUPERSEDED', p.earlier.daysAgo),
      });
    versions.push({
      ...p.content,
      number: versions.length + 1,
      state: p.state,
      authorId,
      ...dated(p.state, p.daysAgo),
    });

    const example = await tx.practiceExample.create({
      data: {
        slug: p.slug,
        organisationId: ids.organisationId(p.organisation),
        featured: p.featured ?? false,
        createdAt: versions[0]!.createdAt!,
        versions: { create: versions },
      },
      select: { id: true, versions: { select: { id: true, publishedAt: true }, orderBy: { number: 'asc' } } },
    });
    const first = example.versions[0]!;
    const current = example.versions.at(-1)!;

    if (p.state === 'PUBLISHED') {
      await tx.practiceExample.update({
        where: { id: example.id },
        data: {
          publishedVersionId: current.id,
          firstPublishedAt: first.publishedAt,
          lastPublishedAt: current.publishedAt,
          archivedAt: p.archivedDaysAgo === undefined ? null : daysAgo(p.archivedDaysAgo),
        },
      });
      await refreshPracticeSearch(tx, example.id);
    }
    if (p.reviewComment) {
      await tx.practiceReviewComment.create({
        data: { versionId: current.id, authorId: reviewedById, body: p.reviewComment, createdAt: daysAgo(p.daysAgo) },
      });
    }
    if (p.adoptions) {
      await tx.practiceAdoption.createMany({
        data: p.adoptions.map((a) => {
          const adopter = demoEditorOf(a.organisation);
          return {
            exampleId: example.id,
            organisationId: ids.organisationId(a.organisation),
            note: a.note,
            createdById: adopter ? ids.userId(adopter) : null,
            createdAt: daysAgo(Math.floor(p.daysAgo / 2)),
          };
        }),
      });
    }
  }
}
