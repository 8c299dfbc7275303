import { applyMigrations, dbConfigFromEnv, openDb } from '@knutepunkt/db';
import { resealRawData } from '@knutepunkt/api';
import { loadConfig } from '../config.ts';
import { loadRawDataKeyring } from '../evaluations/data-key.ts';

/**
 * Re-seal the evaluations' raw data under the current key after a key rotation (docs/adr/0025,
 * «Key rotation»): set the new key in EVALUATION_DATA_KEY and the old one in
 * EVALUATION_DATA_PREVIOUS_KEYS, start the servers with both, then run
 *
 *   EVALUATION_DATA_KEY=… EVALUATION_DATA_PREVIOUS_KEYS=… pnpm evaluations:rotate-key
 *
 * It may run while the site is up (each value is replaced only if unchanged since it was read)
 * and may be run again (what is done is skipped). It prints counts only, never a value. When it
 * reports nothing unreadable, the old key can be removed from EVALUATION_DATA_PREVIOUS_KEYS.
 */
async function main() {
  const config = loadConfig(process.env, []);
  const keyring = await loadRawDataKeyring(config.evaluationDataKey);
  if (!keyring) throw new Error('Set EVALUATION_DATA_KEY (the new key) to rotate to.');
  const handle = await openDb(dbConfigFromEnv(process.env, config.dataDir));
  try {
    await applyMigrations(handle);
    const counts = await resealRawData(handle.db, keyring);
    process.stdout.write(
      `Re-sealed under key ${keyring.current.id}: ${counts.notes} notes, ${counts.answers} answers, ${counts.quotes} quotes.\n`,
    );
    if (counts.unreadable > 0) {
      process.stdout.write(
        `${counts.unreadable} values are sealed under a key that is not configured and were left as they were: ` +
          'add that key to EVALUATION_DATA_PREVIOUS_KEYS and run this again before removing any old key.\n',
      );
      process.exitCode = 2;
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
