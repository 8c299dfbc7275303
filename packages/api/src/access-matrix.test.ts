import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Outcome, accessMatrix } from './testing/access-matrix.ts';
import { completeExpectation } from './testing/access-expectations.ts';
import { type AppName, callPath, contextFor, procedureInfo, procedurePaths } from './testing/caller.ts';
import { ROLES, type Role, type World } from './testing/world.ts';
import { worldSnapshot } from './testing/snapshot.ts';
import { WORLD_SETUP_TIMEOUT } from './testing/world-per-database.ts';
import type { DbHandle } from '@knutepunkt/db';

const STATUS: Record<string, Outcome> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

async function outcome(
  handle: DbHandle,
  app: AppName,
  world: World,
  role: Role,
  path: string,
  input: unknown,
): Promise<Outcome | string> {
  try {
    await callPath(await contextFor(handle.db, app, world, role), app, path, input);
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError) return STATUS[error.code] ?? `${error.code}: ${error.message}`;
    throw error;
  }
}

let snapshot: Awaited<ReturnType<typeof worldSnapshot>>;
let sharedForQueries: Promise<DbHandle> | undefined;
const queryHandle = () => (sharedForQueries ??= snapshot.open());
beforeAll(async () => {
  snapshot = await worldSnapshot();
}, WORLD_SETUP_TIMEOUT);
afterAll(async () => {
  await (await sharedForQueries)?.close();
});

describe.each(['web', 'admin'] as const)('access matrix of the %s router', (app) => {
  test('every procedure has a row, and every row a procedure', () => {
    expect(Object.keys(accessMatrix[app]).sort()).toEqual(procedurePaths(app));
  });

  test.each(procedurePaths(app))(
    '%s',
    async (path) => {
      const row = accessMatrix[app][path];
      expect(row, `add ${app} procedure ${path} to the access matrix`).toBeDefined();
      const { world } = snapshot;
      const seen: Partial<Record<Role, Outcome | string>> = {};
      // Queries change nothing the next role depends on; one copy of the world serves them all.
      const shared = row!.fresh
        ? null
        : procedureInfo(app, path).type === 'query'
          ? await queryHandle()
          : await snapshot.open();
      // A fresh row's call changes what the next role would find, but only when it succeeds: a
      // refusal (401/403/404) comes from the builders before any work is done, and the
      // malformed-input test checks that a refused call changes nothing. So a fresh copy of the
      // world is opened only after a success, not for every role (each copy costs about 0.5 s).
      let own = shared ? null : await snapshot.open();
      try {
        for (const role of ROLES) {
          const handle = shared ?? own!;
          seen[role] = await outcome(handle, app, world, role, path, row!.input(world, role));
          if (own && seen[role] === 'ok' && role !== ROLES[ROLES.length - 1]) {
            await own.close();
            own = await snapshot.open();
          }
        }
      } finally {
        await own?.close();
        if (shared && shared !== (await queryHandle())) await shared.close();
      }
      expect(seen).toEqual(completeExpectation(row!.expect));
    },
    120_000,
  );
});

test('no admin procedure is reachable through the web router', () => {
  const adminOnly = procedurePaths('admin').filter((p) => !p.startsWith('account.'));
  const web = new Set(procedurePaths('web'));
  for (const path of adminOnly) {
    if (web.has(path)) {
      expect(completeExpectation(accessMatrix.web[path]!.expect)).not.toEqual(
        completeExpectation(accessMatrix.admin[path]!.expect),
      );
    }
  }
  expect(web.has('people.list')).toBe(false);
  expect(web.has('audit.list')).toBe(false);
});
