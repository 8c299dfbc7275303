import { TRPCClientError } from '@trpc/client';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';

/**
 * What to tell the person about a failed request. The server's messages are already in their
 * language; a request that never got an answer (offline, timeout) has only the browser's English
 * text, so it gets our own message instead.
 */
export function errorMessage(error: unknown, t: (key: WebMessageKey) => string): string {
  if (error instanceof TRPCClientError) {
    if (error.data) return error.message;
    // An answer that is not tRPC's (a proxy's error page): our fault, not the person's connection.
    if (error.meta?.response) return t('error.internal');
  }
  return t('error.network');
}
