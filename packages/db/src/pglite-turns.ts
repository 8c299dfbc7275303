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
