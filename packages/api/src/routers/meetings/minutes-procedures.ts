import {
  type Actor,
  actionPointIdInput,
  actionPointUpdateAccess,
  attachmentIdInput,
  meetingManageAccess,
} from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type StoredMinutesAttachment, loadMinutesAttachment } from './minutes-attachments.ts';

/**
 * Procedure builders for action points and minutes attachments (ADR 8): each
 * loads the thing named in the input with its meeting's network, applies
 * the domain's decision and puts what it loaded in ctx.
 */

export interface ActionPointInScope {
  point: { id: string; meetingId: string; organisationIds: string[] };
  networkId: string;
}

/** `manage`: edit or delete it (the network's coordinators). `update`: a new status (also its organisations' editors). */
export type ActionPointAccess = 'manage' | 'update';

const ON_POINT: Record<
  ActionPointAccess,
  (actor: Actor, loaded: ActionPointInScope) => ReturnType<typeof meetingManageAccess>
> = {
  manage: (actor, { networkId }) => meetingManageAccess(actor, networkId),
  update: (actor, { point, networkId }) =>
    actionPointUpdateAccess(actor, { networkId, organisationIds: point.organisationIds }),
};

export function actionPointRule(
  access: ActionPointAccess,
): ResourceRule<typeof actionPointIdInput, ActionPointInScope> {
  return {
    input: actionPointIdInput,
    load: async (db, input) => {
      const row = await db.actionPoint.findUnique({
        where: { id: input.actionPointId },
        select: {
          id: true,
          meetingId: true,
          organisations: { select: { organisationId: true } },
          meeting: { select: { networkId: true } },
        },
      });
      if (!row) return null;
      return {
        point: {
          id: row.id,
          meetingId: row.meetingId,
          organisationIds: row.organisations.map((o) => o.organisationId),
        },
        networkId: row.meeting.networkId,
      };
    },
    decide: (actor, loaded) => ON_POINT[access](actor, loaded),
  };
}

export function minutesAttachmentRule(): ResourceRule<
  typeof attachmentIdInput,
  { attachment: StoredMinutesAttachment; networkId: string }
> {
  return {
    input: attachmentIdInput,
    load: (db, input) => loadMinutesAttachment(db, input.attachmentId),
    decide: (actor, { networkId }) => meetingManageAccess(actor, networkId),
  };
}

/** An action on the action point named by `actionPointId`; ctx gets `point` and `networkId`. */
export const actionPointProcedure = (access: ActionPointAccess, base?: SignedInProcedure) =>
  scopedProcedure(actionPointRule(access), base);

/** A coordinator's action on the minutes attachment named by `attachmentId`; ctx gets `attachment`. */
export const minutesAttachmentProcedure = (base?: SignedInProcedure) => scopedProcedure(minutesAttachmentRule(), base);
