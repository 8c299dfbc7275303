import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError, type z } from 'zod';
import {
  type ErrorKind,
  type Locale,
  type MessageKey,
  type MessageParams,
  UserError,
  isMessageKey,
  translate,
} from '@knutepunkt/domain';

/**
 * The one place where a refusal becomes HTTP: services throw UserError
 * (@knutepunkt/domain, no framework); the tRPC middleware (trpc.ts) and the
 * server's own HTTP routes (apps/server) map its kind to a status with these
 * tables and translate it with describeError, so both answer alike.
 */

const BY_KIND: Record<ErrorKind, { code: TRPC_ERROR_CODE_KEY; status: number }> = {
  badRequest: { code: 'BAD_REQUEST', status: 400 },
  unauthorized: { code: 'UNAUTHORIZED', status: 401 },
  forbidden: { code: 'FORBIDDEN', status: 403 },
  notFound: { code: 'NOT_FOUND', status: 404 },
  // tRPC has no GONE code: the code stays NOT_FOUND (what old clients understand), and the
  // error formatter puts 410 in the error's data, which tRPC's HTTP handlers answer with.
  gone: { code: 'NOT_FOUND', status: 410 },
  conflict: { code: 'CONFLICT', status: 409 },
  payloadTooLarge: { code: 'PAYLOAD_TOO_LARGE', status: 413 },
  unsupportedMediaType: { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 },
  tooManyRequests: { code: 'TOO_MANY_REQUESTS', status: 429 },
  serviceUnavailable: { code: 'SERVICE_UNAVAILABLE', status: 503 },
  // The admin app answers this code by asking for the password, then retrying (docs/adr/0015).
  reauthenticate: { code: 'PRECONDITION_FAILED', status: 412 },
};

/** The HTTP status for a kind of refusal (the same tRPC answers with; a test holds them together). */
export function httpStatusOf(kind: ErrorKind): number {
  return BY_KIND[kind].status;
}

/** The tRPC code for a kind of refusal. */
export function trpcCodeOf(kind: ErrorKind): TRPC_ERROR_CODE_KEY {
  return BY_KIND[kind].code;
}

/**
 * The HTTP status tRPC answers an error with: the kind's own status for a UserError (so 'gone'
 * becomes 410, which no tRPC code means), else the status tRPC gave its code.
 */
export function httpStatusForError(error: unknown, statusOfCode: number): number {
  const userError = error instanceof UserError ? error : error instanceof TRPCError ? error.cause : undefined;
  return userError instanceof UserError ? httpStatusOf(userError.kind) : statusOfCode;
}

/** What tRPC sends for a UserError; the error formatter finds the UserError again as its cause. */
export function toTRPCError(error: UserError): TRPCError {
  return new TRPCError({ code: trpcCodeOf(error.kind), message: error.key, cause: error });
}

/** Translate a zod issue: our schemas use message keys; fill {min}/{max} from the issue. */
function translateIssue(locale: Locale, issue: z.core.$ZodIssue): string {
  const params: MessageParams = {};
  if ('maximum' in issue) params.max = Number(issue.maximum);
  if ('minimum' in issue) params.min = Number(issue.minimum);
  // A custom refinement may name its own values (a colour's contrast ratio: `params: { ratio }`).
  if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
  const key = isMessageKey(issue.message) ? issue.message : 'validation.invalid';
  return translate(locale, key, params);
}

function zodFieldErrors(locale: Locale, error: ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fieldErrors[path] ??= translateIssue(locale, issue);
  }
  return fieldErrors;
}

export interface UserFacingError {
  message: string;
  fieldErrors: Record<string, string>;
}

const BY_TRPC_CODE: Partial<Record<TRPC_ERROR_CODE_KEY, MessageKey>> = {
  BAD_REQUEST: 'error.badRequest',
  PARSE_ERROR: 'error.badRequest',
  UNAUTHORIZED: 'error.unauthorized',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  METHOD_NOT_SUPPORTED: 'error.badRequest',
  PAYLOAD_TOO_LARGE: 'error.badRequest',
  CONFLICT: 'error.conflict',
  TOO_MANY_REQUESTS: 'error.tooManyRequests',
};

/**
 * Turn any error into what the user sees: a translated message and per-field
 * messages. A UserError (thrown, or the cause of tRPC's error) speaks for
 * itself; tRPC's own refusals (input that does not parse, a wrong method)
 * are named by their code; anything else is 'error.internal'.
 */
export function describeError(locale: Locale, error: unknown): UserFacingError {
  const userError = error instanceof UserError ? error : error instanceof TRPCError ? error.cause : undefined;
  if (userError instanceof UserError) {
    if (userError.cause instanceof ZodError) {
      return {
        message: translate(locale, userError.key, userError.params),
        fieldErrors: zodFieldErrors(locale, userError.cause),
      };
    }
    const fieldErrors: Record<string, string> = {};
    for (const [field, key] of Object.entries(userError.fieldErrors ?? {}))
      fieldErrors[field] = translate(locale, key, userError.params);
    return { message: translate(locale, userError.key, userError.params), fieldErrors };
  }
  if (!(error instanceof TRPCError)) return { message: translate(locale, 'error.internal'), fieldErrors: {} };
  if (error.cause instanceof ZodError) {
    return { message: translate(locale, 'error.badRequest'), fieldErrors: zodFieldErrors(locale, error.cause) };
  }
  return {
    message: translate(locale, BY_TRPC_CODE[error.code] ?? 'error.internal', { minutes: 15 }),
    fieldErrors: {},
  };
}
