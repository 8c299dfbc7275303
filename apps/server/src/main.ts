import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

/** Start Knutepunkt: `pnpm start` (production) or with `--demo` (demo data on first start). */
async function main() {
  const config = loadConfig(process.env, process.argv.slice(2));
  const server = await startServer(config);

  const lines = ['', 'Knutepunkt is running:'];
  if (server.listeners.web) lines.push(`  web (public and members):   ${server.listeners.web.url}`);
  if (server.listeners.admin) lines.push(`  admin (coordinators):       ${server.listeners.admin.url}`);
  lines.push(
    `  database: ${server.handle.config.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  );
  if (config.demo) {
    lines.push('', 'Demo accounts:');
    if (server.demoAccounts.length === 0)
      lines.push(
        '  (the database already had data, so nothing was seeded; the accounts from the first start still work, see README.md)',
      );
    for (const a of server.demoAccounts) lines.push(`  ${a.email.padEnd(44)} ${a.password.padEnd(20)} ${a.role}`);
  }
  lines.push('', 'Stop with Ctrl+C.', '');
  process.stdout.write(lines.join('\n'));

  const shutdown = (signal: string) => {
    process.stdout.write(`\n${signal}: finishing requests under way and closing the database…\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
