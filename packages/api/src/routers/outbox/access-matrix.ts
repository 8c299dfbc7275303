import { ADMIN, type ModuleMatrix, STAFF } from '../../testing/access-expectations.ts';

/** The web app shows a person's own notifications through account.notifications (../account/access-matrix.ts). */
export const outboxMatrix: ModuleMatrix = {
  admin: {
    list: { input: () => ({}), expect: STAFF },
    resend: { input: (world) => ({ id: world.failedOutboxMessage }), expect: ADMIN, fresh: true },
  },
};
