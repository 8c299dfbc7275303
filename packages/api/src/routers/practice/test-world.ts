import { type Db, refreshPracticeSearch } from '@knutepunkt/db';
import type { PracticeContent } from '@knutepunkt/domain';

/**
 * The practice bank's part of the API tests' world (../../testing/world.ts
 * composes the whole): org1's examples, one in each state the rules tell apart.
 */

/** org1's practice examples: one published, one draft (complete, ready to submit), one in review. */
export interface PracticeWorld {
  published: { exampleId: string; versionId: string; slug: string };
  /** The draft has one attachment (a PDF; no file behind its storage key). */
  draft: { exampleId: string; versionId: string; updatedAt: string; attachmentId: string };
  inReview: { exampleId: string; versionId: string };
}

/** Complete content for a practice version in the test world. */
export const PRACTICE_CONTENT: Omit<PracticeContent, 'title'> = {
  summary: 'En gruppe for folk som vil mestre stress i hverdagen.',
  background: 'Mange ba om noe mellom samtaler og behandling.',
  approach: 'Åtte samlinger, to timer hver uke, ledet av en erfaringskonsulent.',
  experiences: 'Deltakerne sier at fellesskapet betyr mest.',
  results: 'Fire av fem fullførte.',
  contactName: 'Kari Kontakt',
  contactRole: 'Rådgiver',
  contactEmail: 'kari@kommune-en.no',
  language: 'nb',
  chime: ['CONNECTEDNESS', 'HOPE'],
  chimeSubthemes: ['PEER_SUPPORT'],
  levels: ['SERVICE'],
  targetGroups: ['ADULTS'],
  themes: ['MENTAL_HEALTH', 'COPING'],
  ongoing: true,
};

export async function createPracticeWorld(db: Db, organisationId: string, authorId: string): Promise<PracticeWorld> {
  const example = (slug: string, title: string, state: 'PUBLISHED' | 'DRAFT' | 'IN_REVIEW') =>
    db.practiceExample.create({
      data: {
        slug,
        organisationId,
        versions: {
          create: {
            number: 1,
            state,
            title,
            authorId,
            ...PRACTICE_CONTENT,
            ...(state === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
          },
        },
      },
      include: { versions: true },
    });
  const published = await example('stressmestring-i-gruppe', 'Stressmestring i gruppe', 'PUBLISHED');
  const publishedVersion = published.versions[0]!;
  await db.practiceExample.update({
    where: { id: published.id },
    data: { publishedVersionId: publishedVersion.id, firstPublishedAt: new Date(), lastPublishedAt: new Date() },
  });
  await refreshPracticeSearch(db, published.id);
  const draft = await example('recoverykurs', 'Recoverykurs for alle', 'DRAFT');
  const attachment = await db.practiceAttachment.create({
    data: {
      exampleId: draft.id,
      fileName: 'program.pdf',
      mimeType: 'application/pdf',
      size: 1024,
      storageKey: 'test/world-draft-program',
      uploadedById: authorId,
    },
  });
  const inReview = await example('matlaging-i-bofellesskap', 'Matlaging i bofellesskapet', 'IN_REVIEW');
  return {
    published: { exampleId: published.id, versionId: publishedVersion.id, slug: published.slug },
    draft: {
      exampleId: draft.id,
      versionId: draft.versions[0]!.id,
      updatedAt: draft.versions[0]!.updatedAt.toISOString(),
      attachmentId: attachment.id,
    },
    inReview: { exampleId: inReview.id, versionId: inReview.versions[0]!.id },
  };
}
