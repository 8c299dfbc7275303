import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { oneQueryPerTurn } from './pglite-turns.ts';

describe('oneQueryPerTurn', () => {
  const pglite = new PGlite();
  const turns = oneQueryPerTurn(pglite);
  afterAll(() => pglite.close());

  it('answers queries as PGlite does, in the order they were asked', async () => {
    const order: number[] = [];
    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        turns.query<{ n: number }>('SELECT $1::int AS n', [n]).then((r) => {
          order.push(n);
          return r.rows[0]!.n;
        }),
      ),
    );
    expect(answers).toEqual([1, 2, 3, 4]);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('lets the event loop turn between two waiting queries', async () => {
    // Asked at once, the three queries run in three loop turns; an I/O-phase
    // callback (a timer of 0 stands in for a socket read) scheduled after the
    // first starts gets in before the last.
    const events: string[] = [];
    const asked = [1, 2, 3].map((n) => turns.query('SELECT 1').then(() => events.push(`query ${n}`)));
    setTimeout(() => events.push('timer'), 0);
    await Promise.all(asked);
    expect(events.indexOf('timer')).toBeGreaterThan(-1);
    expect(events.indexOf('timer')).toBeLessThan(events.indexOf('query 3'));
  });

  it('leaves transactions and errors to PGlite', async () => {
    await turns.exec('CREATE TABLE t (n int PRIMARY KEY)');
    await turns.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1)');
    });
    await expect(turns.query('INSERT INTO t VALUES (1)')).rejects.toThrow(/duplicate key/);
    expect((await turns.query<{ c: number }>('SELECT count(*)::int AS c FROM t')).rows[0]!.c).toBe(1);
    expect(turns.closed).toBe(false);
  });
});
