import { startBanner } from './banner.ts';
import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

/** Start Knutepunkt: `pnpm start` (production) or with `--demo` (demo data on first start). */
async function main() {
  const config = loadConfig(process.env, process.argv.slice(2));
  const server = await startServer(config);
  process.stdout.write(startBanner(server, config));

  const shutdown = () => {
    process.stdout.write('\nStopping: finishing requests under way, then closing the database…\n');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // The one start-up failure a newcomer meets often gets a sentence; anything else is shown in full.
  const { code, port } = error as { code?: string; port?: number };
  if (code === 'EADDRINUSE')
    console.error(
      `\nPort ${port} is in use already (is Knutepunkt running in another terminal?). ` +
        'Stop that, or choose other ports with WEB_PORT and ADMIN_PORT.\n',
    );
  else console.error(error);
  process.exit(1);
});
