// Used only by `prisma generate`. Migrations run through the WebAssembly schema
// engine in scripts/ (Prisma's native engine cannot be downloaded here).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
});
