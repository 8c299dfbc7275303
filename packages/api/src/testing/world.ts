import { createSession, hashPassword } from '@knutepunkt/auth';
import { type Db, refreshPracticeSearch } from '@knutepunkt/db';
import type { PracticeContent } from '@knutepunkt/domain';

/**
 * A small world for API tests: two networks, three organisations, and one
 * person in each role the access rules distinguish. Every fixture person has
 * the password WORLD_PASSWORD and an open session (token) per app.
 */
export const ROLES = [
  'anonymous',
  'member',
  'otherEditor',
  'editor',
  'otherCoordinator',
  'coordinator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

export const WORLD_PASSWORD = 'et-godt-testpassord';

export interface World {
  network1: string;
  network2: string;
  /** In network 1; `editor` edits it, `member` belongs to it. */
  org1: string;
  /** In network 2; `otherEditor` edits it. */
  org2: string;
  /** In no network. */
  org3: string;
  userIds: Record<SignedInRole | 'pending', string>;
  /** Session tokens per role, for the web and the admin cookie. */
  tokens: Record<SignedInRole, { web: string; admin: string }>;
  /** `pending` asks to join org1. */
  pendingMembership: string;
  /** `member`'s approved link to org1. */
  memberMembership: string;
  /** org1's practice examples: one published, one draft (complete, ready to submit), one in review. */
  practice: {
    published: { exampleId: string; versionId: string; slug: string };
    /** The draft has one attachment (a PDF; no file behind its storage key). */
    draft: { exampleId: string; versionId: string; updatedAt: string; attachmentId: string };
    inReview: { exampleId: string; versionId: string };
  };
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

export async function createWorld(db: Db): Promise<World> {
  const passwordHash = await hashPassword(WORLD_PASSWORD);
  const network1 = await db.network.create({ data: { slug: 'nettverk-en', name: 'Nettverk én', counties: ['50'] } });
  const network2 = await db.network.create({ data: { slug: 'nettverk-to', name: 'Nettverk to', counties: ['11'] } });
  const org = (slug: string, name: string, county: string) =>
    db.organisation.create({ data: { slug, name, type: 'MUNICIPALITY', county } });
  const org1 = await org('kommune-en', 'Kommune én', '50');
  const org2 = await org('kommune-to', 'Kommune to', '11');
  const org3 = await org('kommune-tre', 'Kommune tre', '46');
  await db.networkMember.createMany({
    data: [
      { networkId: network1.id, organisationId: org1.id },
      { networkId: network2.id, organisationId: org2.id },
    ],
  });

  const names = ['member', 'otherEditor', 'editor', 'otherCoordinator', 'coordinator', 'admin', 'pending'] as const;
  const userIds = {} as World['userIds'];
  for (const name of names) {
    const user = await db.user.create({
      data: {
        email: `${name.toLowerCase()}@test.knutepunkt.no`,
        name: `Test ${name}`,
        passwordHash,
        isAdmin: name === 'admin',
      },
    });
    userIds[name] = user.id;
  }
  const approved = { status: 'APPROVED' as const, decidedAt: new Date() };
  const memberMembership = await db.membership.create({
    data: { userId: userIds.member, organisationId: org1.id, role: 'MEMBER', ...approved },
  });
  await db.membership.create({
    data: { userId: userIds.editor, organisationId: org1.id, role: 'EDITOR', ...approved },
  });
  await db.membership.create({
    data: { userId: userIds.otherEditor, organisationId: org2.id, role: 'EDITOR', ...approved },
  });
  const pendingMembership = await db.membership.create({ data: { userId: userIds.pending, organisationId: org1.id } });
  await db.networkCoordinator.createMany({
    data: [
      { networkId: network1.id, userId: userIds.coordinator },
      { networkId: network2.id, userId: userIds.otherCoordinator },
    ],
  });

  const practice = await createPractice(db, org1.id, userIds.editor);

  const tokens = {} as World['tokens'];
  for (const role of ROLES) {
    if (role === 'anonymous') continue;
    const web = await createSession(db, userIds[role]);
    const admin = await createSession(db, userIds[role]);
    tokens[role] = { web: web.token, admin: admin.token };
  }
  return {
    network1: network1.id,
    network2: network2.id,
    org1: org1.id,
    org2: org2.id,
    org3: org3.id,
    userIds,
    tokens,
    pendingMembership: pendingMembership.id,
    memberMembership: memberMembership.id,
    practice,
  };
}

async function createPractice(db: Db, organisationId: string, authorId: string): Promise<World['practice']> {
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
