import { ADMIN, type ModuleMatrix } from '../../testing/access-expectations.ts';

export const auditMatrix: ModuleMatrix = {
  admin: {
    list: { input: () => ({}), expect: ADMIN },
  },
};
