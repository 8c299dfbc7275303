// What the practice editor's page tests stand on: an editor of one organisation, a draft version
// and a fake server that answers the editor page's requests. Each test file adds what it is about.
import { fakeServer } from '../../test/fake-server.ts';
import { account } from '../../test/render-app.tsx';

export const organisation = { id: 'o1', slug: 'trondheim-kommune', name: 'Trondheim kommune' };

export const editor = account({
  memberships: [
    { id: 'm1', role: 'EDITOR', status: 'APPROVED', requestedAt: '2026-01-01T00:00:00.000Z', organisation },
  ],
});

/** A version as `practice.workingCopy` sends it: a draft with a title and nothing else written. */
export function draftVersion(overrides: Record<string, unknown> = {}) {
  return {
    id: 'v1',
    exampleId: 'e1',
    number: 1,
    state: 'DRAFT',
    language: 'nb',
    title: 'Turgruppe i marka',
    summary: '',
    background: '',
    approach: '',
    experiences: '',
    results: '',
    contactName: '',
    contactRole: '',
    contactEmail: '',
    chime: [],
    chimeSubthemes: [],
    levels: [],
    targetGroups: [],
    themes: [],
    ongoing: true,
    authorId: 'u1',
    createdAt: '2026-05-12T10:00:00.000Z',
    updatedAt: '2026-05-12T10:00:00.000Z',
    submittedAt: null,
    reviewedAt: null,
    reviewedById: null,
    publishedAt: null,
    comments: [],
    ...overrides,
  };
}

export interface EditorServerOptions {
  working: ReturnType<typeof draftVersion>;
  attachments?: unknown[];
  /** Added to (or replacing) the editor page's answers. */
  handlers?: Record<string, (input: unknown) => unknown>;
}

/** A fake server for `/praksis/rediger/e1`; each save answers with a later `updatedAt`. */
export function editorServer({ working, attachments = [], handlers = {} }: EditorServerOptions) {
  let saves = 0;
  return fakeServer({
    'account.me': () => editor,
    'practice.workingCopy': () => ({
      id: 'e1',
      slug: 'turgruppe-i-marka',
      organisation,
      archivedAt: null,
      attachments,
      working,
      published: null,
    }),
    'practice.history': () => [working],
    'practice.save': () => ({ id: 'v1', updatedAt: `2026-05-12T10:0${++saves}:00.000Z`, state: 'DRAFT' }),
    ...handlers,
  });
}

/** Two attachments as `practice.workingCopy` lists them: a photo with alt text, a PDF report. */
export const photo = {
  id: 'a1',
  exampleId: 'e1',
  fileName: 'tur.jpg',
  mimeType: 'image/jpeg',
  size: 1_258_291,
  altText: 'Fem personer på en skogsti',
  uploadedById: 'u1',
  createdAt: '2026-05-12T10:00:00.000Z',
};
export const report = {
  id: 'a2',
  exampleId: 'e1',
  fileName: 'rapport (2025).pdf',
  mimeType: 'application/pdf',
  size: 348_000,
  altText: '',
  uploadedById: 'u1',
  createdAt: '2026-05-12T10:01:00.000Z',
};
