import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs each query on the event loop's own thread, synchronously. When
 * many requests wait for it, a loop turn that let every waiting query run
 * would take as long as all of them together, and libuv accepts one new
 * connection per loop turn: under load, a visitor who connects then waits
 * seconds for the first answer while the connections already open are served
 * (docs/adr/0006). So queries are let through one per loop turn, in the order
 * they asked: between two queries the loop reads sockets and accepts a
 * connection, and every request waits its fair turn in this queue instead.
 */
export function oneQueryPerTurn(pglite: PGlite): PGlite {
  const waiting: Array<() => void> = [];
  let pumping = false;

  const letNextThrough = () => {
    waiting.shift()?.();
    if (waiting.length > 0) setImmediate(letNextThrough);
    else pumping = false;
  };
  const nextTurn = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!pumping) {
        pumping = true;
        setImmediate(letNextThrough);
      }
    });

  return new Proxy(pglite, {
    get(target, property) {
      if (property === 'query' || property === 'exec') {
        const method = target[property].bind(target) as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          await nextTurn();
          return method(...args);
        };
      }
      // Everything else (transaction, close, the fields PGlite keeps private) goes to PGlite itself.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const UNWATCHED = Symbol('the PGlite instance under watchChanges');

/** How many calls that may change data went to a watched PGlite instance (watchChanges). */
export interface ChangeCounter {
  count: number;
}

/**
 * PGlite is embedded: only this process writes to it, and every write goes through the
 * instance. This wrapper counts the calls that may change data (every query, exec and
 * transaction: a read counts too, which costs only an extra version read), so that a reader
 * can tell "nothing has touched the database since I last looked" without asking it
 * (publicContentVersionReader). The count rises when a call is made, before it runs.
 */
export function watchChanges(pglite: PGlite, changes: ChangeCounter): PGlite {
  return new Proxy(pglite, {
    get(target, property) {
      if (property === UNWATCHED) return target;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (property === 'query' || property === 'exec' || property === 'sql' || property === 'transaction')
        return (...args: unknown[]) => {
          changes.count++;
          return method(...args);
        };
      return method;
    },
  });
}

/** The instance itself, for a reader whose own reads must not count as changes. */
export function unwatched(pglite: PGlite): PGlite {
  return ((pglite as unknown as Record<symbol, PGlite | undefined>)[UNWATCHED] ?? pglite) as PGlite;
}
