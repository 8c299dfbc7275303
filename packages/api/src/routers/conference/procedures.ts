import { conferenceManageAccess, editionIdInput } from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type EditionInScope, loadEdition } from './scope.ts';

/**
 * Who may do what with a conference edition, as procedure builders (ADR 8, docs/adr/0023):
 * each loads the edition named in the input, applies the domain's decision and puts what it
 * loaded in ctx. Editing is for the coordinators of the networks that own the edition and
 * admins; the admin router starts from staffProcedure. Builders for things inside an
 * edition (a session, a speaker, a release) decide on their edition the same way and sit in
 * the file of the part that uses them.
 */
export function editionRule(): ResourceRule<typeof editionIdInput, { edition: EditionInScope }> {
  return {
    input: editionIdInput,
    load: async (db, input) => {
      const edition = await loadEdition(db, input.editionId);
      return edition && { edition };
    },
    decide: (actor, { edition }) => conferenceManageAccess(actor, edition.ownerNetworkIds),
  };
}

/** A coordinator's action on the edition named by `editionId`; ctx gets `edition`. */
export const editionProcedure = (base?: SignedInProcedure) => scopedProcedure(editionRule(), base);
