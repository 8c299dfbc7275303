import { ADMIN, type ModuleMatrix } from '../../testing/access-expectations.ts';

export const peopleMatrix: ModuleMatrix = {
  admin: {
    list: { input: () => ({}), expect: ADMIN },
    get: { input: (w) => ({ userId: w.userIds.member }), expect: ADMIN },
    setAdmin: { input: (w) => ({ userId: w.userIds.pending, isAdmin: true }), expect: ADMIN },
    setDisabled: { input: (w) => ({ userId: w.userIds.pending, disabled: true }), expect: ADMIN },
  },
};
