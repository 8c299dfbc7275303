import { hashPassword } from '@knutepunkt/auth';
import { applyMigrations, dbConfigFromEnv, openDb } from '@knutepunkt/db';
import { ZodError } from 'zod';
import { emailField, passwordField, requiredText, translate } from '@knutepunkt/domain';
import { loadConfig } from '../config.ts';

/**
 * Create the first platform admin of a production site (demo accounts exist
 * only in the demo seed). Reads ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD
 * from the environment; an existing account with that e-mail is made admin
 * and keeps its password.
 *
 *   ADMIN_EMAIL=… ADMIN_NAME=… ADMIN_PASSWORD=… pnpm admin:create
 */
async function main() {
  const email = emailField.parse(process.env.ADMIN_EMAIL ?? '');
  const name = requiredText(120).parse(process.env.ADMIN_NAME ?? 'Administrator');
  const config = loadConfig(process.env, []);
  const handle = await openDb(dbConfigFromEnv(process.env, config.dataDir));
  try {
    await applyMigrations(handle);
    const existing = await handle.db.user.findUnique({ where: { email } });
    if (existing) {
      await handle.db.user.update({ where: { id: existing.id }, data: { isAdmin: true, disabledAt: null } });
      process.stdout.write('The existing account is now a platform admin.\n');
      return;
    }
    const password = passwordField.parse(process.env.ADMIN_PASSWORD ?? '');
    await handle.db.user.create({ data: { email, name, isAdmin: true, passwordHash: await hashPassword(password) } });
    process.stdout.write('Created a platform admin. Sign in on the admin listener.\n');
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  // Say what is wrong in words (the schemas' errors are message keys).
  const text =
    error instanceof ZodError
      ? error.issues.map((i) => `${i.path.join('.') || 'value'}: ${translate('en', i.message)}`).join('\n')
      : String(error);
  console.error(text);
  process.exit(1);
});
