import { ADMIN, type ModuleMatrix, PUBLIC } from '../../testing/access-expectations.ts';

export const passwordResetMatrix: ModuleMatrix = {
  web: {
    request: { input: () => ({ email: 'member@test.knutepunkt.no' }), expect: PUBLIC },
    check: { input: (w) => ({ token: w.resetToken }), expect: PUBLIC },
    // The token works once: each role gets its own copy of the world.
    reset: {
      input: (w) => ({ token: w.resetToken, password: 'et-helt-nytt-passord', passwordAgain: 'et-helt-nytt-passord' }),
      expect: PUBLIC,
      fresh: true,
    },
  },
  admin: {
    send: { input: (w) => ({ userId: w.userIds.member }), expect: ADMIN },
  },
};
