import type { Db, Prisma } from '@knutepunkt/db';
import { type PracticeAction, type VersionState, UserError, nextVersionState } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { type Notification, type Recipient, notify } from '../outbox/service.ts';
import type { VersionInScope } from './scope.ts';

type Tx = Prisma.TransactionClient;

/** The refusal when a version is not in a state the action starts from (say, someone else acted first). */
export const refusedTransition = () => new UserError('conflict', 'practice.error.state');

/** The state `action` moves a version in `state` to, or the refusal. `edit` keeps the state. */
export function requireTransition(state: VersionState, action: PracticeAction): VersionState {
  const next = nextVersionState(state, action);
  if (!next) throw refusedTransition();
  return next;
}

export interface Notice {
  recipients: Recipient[];
  message: Notification;
}

export interface Transition<Result> extends VersionInScope {
  actorId: string;
  action: PracticeAction;
  /** Checks after the state and before anything is written (submit: is what a reader needs there?). */
  validate?: () => void;
  /** The writes, in the transaction, moving the version to `next`. */
  update: (tx: Tx, next: VersionState) => Promise<Result>;
  /** Whom to tell and what, written to the outbox in the same transaction. */
  notify?: (tx: Tx, result: Result) => Promise<Notice>;
  /** Record the state change in the audit log (withdrawing has never been recorded; kept as it was). */
  audit?: boolean;
}

/**
 * One workflow step on a version, the same for every action: the next state
 * (or the refusal), the action's own checks, then in one transaction the
 * writes, the audit entry and the notification. Rights are checked before
 * this is called (the version procedures in ./procedures.ts).
 */
export async function transitionVersion<Result>(db: Db, step: Transition<Result>): Promise<Result> {
  const { version, scope } = step;
  const next = requireTransition(version.state, step.action);
  step.validate?.();
  return db.$transaction(async (tx) => {
    const result = await step.update(tx, next);
    if (step.audit !== false) {
      await recordAudit(tx, {
        actorId: step.actorId,
        action: 'update',
        entity: 'practice',
        entityId: scope.exampleId,
        before: { state: version.state },
        after: { state: next, version: version.number },
      });
    }
    if (step.notify) {
      const notice = await step.notify(tx, result);
      await notify(tx, notice.recipients, notice.message);
    }
    return result;
  });
}
