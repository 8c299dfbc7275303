import { beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { accessMatrix } from './testing/access-matrix.ts';
import { type AppName, type ProcedureInfo, procedureInfo, procedurePaths } from './testing/caller.ts';
import { databaseFingerprint } from './testing/fingerprint.ts';
import { httpCall } from './testing/http.ts';
import { worldSnapshot } from './testing/snapshot.ts';
import { WORLD_SETUP_TIMEOUT } from './testing/world-per-database.ts';

/**
 * Malformed input to every procedure of both routers: wrong types, missing
 * fields, huge strings, unknown ids, not even an object. Each must come back
 * as a clear, translated 4xx, never a 500, and leave the database untouched.
 */

type Procedure = ProcedureInfo;

function inputKeys(p: Procedure): string[] {
  return [...new Set(p.inputs.flatMap((schema) => Object.keys(schema.shape ?? {})))];
}

function isValid(p: Procedure, input: unknown): boolean {
  return p.inputs.every((schema) => schema.safeParse?.(input).success ?? true);
}

const HUGE = 'x'.repeat(100_000);

function badInputs(app: AppName, path: string, p: Procedure, validInput: unknown): Array<[string, unknown]> {
  const keys = inputKeys(p);
  const base = (validInput && typeof validInput === 'object' ? validInput : {}) as Record<string, unknown>;
  const variants: Array<[string, unknown]> = [
    ['not an object', 'hei'],
    ['an array', [1, 2, 3]],
    ['missing fields', {}],
    ['wrong types', Object.fromEntries(keys.map((k) => [k, typeof base[k] === 'number' ? 'mange' : 12345]))],
    ['huge strings', Object.fromEntries(keys.map((k) => [k, HUGE]))],
    ...keys.map((k): [string, unknown] => [`huge ${k}`, { ...base, [k]: HUGE }]),
  ];
  const idKeys = keys.filter((k) => /Id$/.test(k) && k in base); // optional filters may match nothing
  if (idKeys.length > 0)
    variants.push(['unknown ids', { ...base, ...Object.fromEntries(idKeys.map((k) => [k, 'ukjentid000000000000'])) }]);
  // Only what the schemas really refuse (or what points at nothing) counts as malformed.
  return variants
    .filter(([name, input]) => name === 'unknown ids' || !isValid(p, input))
    .map(([name, input]) => [`${app} ${path}: ${name}`, input]);
}

let snapshot: Awaited<ReturnType<typeof worldSnapshot>>;
let handle: DbHandle;
beforeAll(async () => {
  snapshot = await worldSnapshot();
  handle = await snapshot.open();
}, WORLD_SETUP_TIMEOUT);

describe.each(['web', 'admin'] as const)('malformed input to the %s router', (app) => {
  test.each(procedurePaths(app))('%s', async (path) => {
    const p = procedureInfo(app, path);
    const valid = accessMatrix[app][path]!.input(snapshot.world, 'admin');
    const cases = badInputs(app, path, p, valid);
    if (inputKeys(p).length === 0) expect(cases.every(([, input]) => typeof input !== 'object')).toBe(true);
    const before = await databaseFingerprint(handle.db);
    for (const [name, input] of cases) {
      const res = await httpCall(handle.db, app, {
        path,
        type: p.type,
        input,
        sessionToken: snapshot.world.tokens.admin[app],
        locale: 'nn',
      });
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
      const message = res.body.error?.message ?? '';
      expect(message, name).not.toMatch(/^(error|validation)\.|^\[|Invalid|undefined/);
      expect(message.length, name).toBeGreaterThan(10);
    }
    expect(await databaseFingerprint(handle.db)).toEqual(before);
  });
});

test('field errors name the field and are translated', async () => {
  const res = await httpCall(handle.db, 'web', {
    path: 'account.register',
    type: 'mutation',
    input: { name: '', email: 'ikkje-ei-adresse', password: 'kort', locale: 'nn' },
    sessionToken: null,
    locale: 'nn',
  });
  expect(res.status).toBe(400);
  expect(res.body.error?.message).toBe('Noko i skjemaet er ikkje rett fylt ut. Sjå over felta som er merkte.');
  expect(res.body.error?.data.fieldErrors).toEqual({
    name: 'Feltet må fyllast ut.',
    email: 'Skriv ei gyldig e-postadresse, til dømes namn@kommune.no.',
    password: 'Passordet må ha minst 10 teikn.',
  });
});
