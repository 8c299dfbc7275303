import { afterEach } from 'vitest';
import { type Db, type DbHandle, openDb } from '@knutepunkt/db';
import type { TestDatabase } from '@knutepunkt/db/testing';

/**
 * For a `describe.each(testDatabases())` of things done at the same moment:
 * a function giving one client, or two with pools of their own on PostgreSQL
 * (as two server instances would have); null when the database kind is not
 * available (skip). The clients are closed after each test.
 */
export function concurrentClients({ name, open }: Pick<TestDatabase, 'name' | 'open'>): () => Promise<Db[] | null> {
  let handles: DbHandle[] = [];
  afterEach(async () => {
    // The second client first: closing the first drops the test database.
    for (const h of handles.reverse()) await h.close();
    handles = [];
  });
  return async () => {
    const first = await open();
    if (!first) return null;
    handles.push(first);
    if (name === 'postgres') handles.push(await openDb({ ...first.config }));
    return handles.map((h) => h.db);
  };
}
