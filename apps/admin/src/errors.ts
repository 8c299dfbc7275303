import { isTRPCClientError } from '@trpc/client';
import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';

/** What a failed request means to the person using the app. */
export interface ClientError {
  /** The tRPC error code ('UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', …), when the server answered. */
  code: string | undefined;
  /** Already in the interface language: the server translates, or we fall back on our own keys. */
  message: string;
  /** Per form field (input name → message), from the server's validation. */
  fieldErrors: Record<string, string>;
}

interface ServerErrorData {
  code?: string;
  httpStatus?: number;
  fieldErrors?: Record<string, string>;
}

export function describeError(error: unknown, t: (key: AdminMessageKey) => string): ClientError {
  if (isTRPCClientError(error)) {
    const data = error.data as ServerErrorData | null | undefined;
    if (data?.code) {
      return { code: data.code, message: error.message || t('error.internal'), fieldErrors: data.fieldErrors ?? {} };
    }
    // No error shape: the request never reached our server (offline, proxy) or the answer was not ours.
    const offline = error.cause instanceof TypeError || /fetch|network/i.test(error.message);
    return { code: undefined, message: t(offline ? 'error.network' : 'error.internal'), fieldErrors: {} };
  }
  return { code: undefined, message: t('error.internal'), fieldErrors: {} };
}

export function errorCode(error: unknown): string | undefined {
  if (!isTRPCClientError(error)) return undefined;
  return (error.data as ServerErrorData | null | undefined)?.code;
}
