import { type MatrixRow, type ModuleMatrix, PUBLIC, SIGNED_IN, none } from '../../testing/access-expectations.ts';
import { WORLD_PASSWORD } from '../../testing/world.ts';

/** Signing in and out: the same procedures in both routers (./session-procedures.ts). */
const sessionRows = (): Record<string, MatrixRow> => ({
  me: { input: none, expect: PUBLIC },
  signIn: {
    input: () => ({ email: 'pending@test.knutepunkt.no', password: WORLD_PASSWORD }),
    expect: PUBLIC,
  },
  signOut: { input: none, expect: PUBLIC },
  signOutEverywhere: { input: none, expect: SIGNED_IN },
  setLocale: { input: () => ({ locale: 'nn' }), expect: SIGNED_IN },
});

export const accountMatrix: ModuleMatrix = {
  web: {
    ...sessionRows(),
    register: {
      input: (_w, role) => ({
        name: 'Ny person',
        email: `ny-${role}@test.knutepunkt.no`,
        password: 'et-langt-godt-passord',
        locale: 'nn',
      }),
      expect: PUBLIC,
    },
    updateProfile: {
      input: (_w, role) => ({ name: 'Nytt navn', email: `${role}-ny@test.knutepunkt.no`, locale: 'en' }),
      expect: SIGNED_IN,
    },
    changePassword: {
      input: () => ({ currentPassword: WORLD_PASSWORD, newPassword: 'et-helt-nytt-passord' }),
      expect: SIGNED_IN,
    },
    notifications: { input: none, expect: SIGNED_IN },
  },
  admin: {
    ...sessionRows(),
    confirmPassword: { input: () => ({ password: WORLD_PASSWORD }), expect: SIGNED_IN },
  },
};
