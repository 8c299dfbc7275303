import type { AppName } from './caller.ts';
import type { Role, World } from './world.ts';

/**
 * The access matrix's vocabulary: what each role gets from a procedure.
 * 'ok' means the call succeeds; a number is the refusal expected. Each module
 * lists its own procedures' rows beside its routers
 * (routers/<module>/access-matrix.ts) in these terms; ./access-matrix.ts
 * gathers them, and access-matrix.test.ts calls every procedure as every role.
 */
export type Outcome = 'ok' | 401 | 403 | 404;
export type Expectation = Record<Role, Outcome>;
export interface MatrixRow {
  input: (world: World, role: Role) => unknown;
  expect: Expectation;
  /** Run each role on a fresh copy of the world (the call removes what the next would need). */
  fresh?: boolean;
}

/** One module's rows, by procedure name within its router (`search`, not `practice.search`). */
export type ModuleMatrix = Partial<Record<AppName, Record<string, MatrixRow>>>;

export const all = (o: Outcome): Expectation => ({
  anonymous: o,
  member: o,
  otherEditor: o,
  editor: o,
  otherCoordinator: o,
  coordinator: o,
  admin: o,
});
export const PUBLIC = all('ok');
export const SIGNED_IN: Expectation = { ...all('ok'), anonymous: 401 };
export const EDITOR_OF_ORG1: Expectation = {
  anonymous: 401,
  member: 403,
  otherEditor: 404,
  editor: 'ok',
  otherCoordinator: 403,
  coordinator: 403,
  admin: 'ok',
};
/** Editing org2 (the other organisation's editor is its editor). */
export const EDITOR_OF_ORG2: Expectation = { ...EDITOR_OF_ORG1, otherEditor: 'ok', editor: 404 };
/** The admin app at all: coordinators and admins. */
export const STAFF: Expectation = {
  ...all(403),
  anonymous: 401,
  otherCoordinator: 'ok',
  coordinator: 'ok',
  admin: 'ok',
};
export const COORDINATOR_OF_NETWORK1: Expectation = { ...STAFF, otherCoordinator: 404 };
export const ADMIN: Expectation = { ...all(403), anonymous: 401, admin: 'ok' };

/** The input of a procedure that takes none. */
export const none = () => undefined;
