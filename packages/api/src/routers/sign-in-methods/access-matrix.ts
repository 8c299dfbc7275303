import { type ModuleMatrix, PUBLIC, SIGNED_IN, all, none } from '../../testing/access-expectations.ts';

/**
 * Sign-in methods (web only). Without a flow under way nobody has a link to confirm (404);
 * removing a method that is not one's own is 404 too (sign-in-methods.test.ts covers one's own).
 */
export const signInMethodsMatrix: ModuleMatrix = {
  web: {
    providers: { input: none, expect: PUBLIC },
    pendingLink: { input: none, expect: PUBLIC },
    confirmLink: { input: () => ({ password: 'et-passord' }), expect: all(404) },
    pendingCompletion: { input: none, expect: PUBLIC },
    completeRegistration: { input: () => ({ name: 'Ny Person', email: 'ny@example.org' }), expect: all(404) },
    sendLink: { input: none, expect: all(404) },
    list: { input: none, expect: SIGNED_IN },
    remove: { input: () => ({ identityId: 'ukjentid000000000000' }), expect: { ...all(404), anonymous: 401 } },
  },
};
