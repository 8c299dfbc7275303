import { conferenceManageAccess, editionSlugInput, releaseFields, releaseIdInput } from '@knutepunkt/domain';
import {
  type ResourceRule,
  type SignedInProcedure,
  publicProcedure,
  scopedProcedure,
  staffProcedure,
} from '../../procedures/index.ts';
import { editionProcedure } from './procedures.ts';
import {
  type ReleaseInScope,
  changeLog,
  createRelease,
  deleteRelease,
  listReleases,
  previewRelease,
  publishRelease,
  updateRelease,
} from './releases.ts';
import { type EditionInScope, loadWithEdition } from './scope.ts';

/**
 * Releases (docs/adr/0023): the admin procedures for the edition's coordinators, and the
 * public change log. Spread into ./admin.ts and ./web.ts, so they are `conference.releases`,
 * `conference.publishRelease`, …, and `conference.changeLog`.
 */

/** A release named by `releaseId`, decided on its edition; ctx gets `release` and `edition`. */
function releaseRule(): ResourceRule<typeof releaseIdInput, { release: ReleaseInScope; edition: EditionInScope }> {
  return {
    input: releaseIdInput,
    load: async (db, input) => {
      const found = await loadWithEdition(db, () =>
        db.conferenceRelease.findUnique({
          where: { id: input.releaseId },
          select: { id: true, editionId: true, name: true, publishedAt: true },
        }),
      );
      return found && { release: found.item, edition: found.edition };
    },
    decide: (actor, { edition }) => conferenceManageAccess(actor, edition.ownerNetworkIds),
  };
}

const releaseProcedure = (base?: SignedInProcedure) => scopedProcedure(releaseRule(), base);
const manageEdition = () => editionProcedure(staffProcedure);
const manageRelease = () => releaseProcedure(staffProcedure);

export const adminReleasesProcedures = {
  releases: manageEdition().query(({ ctx }) => listReleases(ctx.db, ctx.edition)),
  createRelease: manageEdition()
    .input(releaseFields)
    .mutation(({ ctx, input }) => createRelease(ctx.db, ctx.user.id, ctx.edition, input)),
  updateRelease: manageRelease()
    .input(releaseFields)
    .mutation(({ ctx, input }) => updateRelease(ctx.db, ctx.user.id, ctx.release, input)),
  deleteRelease: manageRelease().mutation(({ ctx }) => deleteRelease(ctx.db, ctx.user.id, ctx.release)),
  previewRelease: manageEdition().query(({ ctx }) => previewRelease(ctx.db, ctx.edition)),
  publishRelease: manageRelease().mutation(({ ctx }) =>
    publishRelease(ctx.db, ctx.user.id, ctx.edition, ctx.release, ctx.urls),
  ),
};

export const webReleasesProcedures = {
  /** Every published release and what it changed; the same for everyone (a public read, ADR 11). */
  changeLog: publicProcedure.input(editionSlugInput).query(({ ctx, input }) => changeLog(ctx.db, input.slug)),
};
