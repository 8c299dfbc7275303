import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError, type z } from 'zod';
import { type Locale, type MessageKey, type MessageParams, isMessageKey, translate } from '@knutepunkt/domain';

/**
 * Errors a user can cause carry a message key (and parameters); the error
 * formatter translates them into the asker's language. Anything else is a
 * fault of ours and reaches the client only as 'error.internal'.
 */
export class UserError extends TRPCError {
  readonly key: MessageKey;
  readonly params: MessageParams | undefined;
  readonly fieldErrors: Record<string, MessageKey> | undefined;
  constructor(
    code: TRPC_ERROR_CODE_KEY,
    key: MessageKey,
    opts: { params?: MessageParams; fieldErrors?: Record<string, MessageKey>; cause?: ZodError } = {},
  ) {
    super({ code, message: key, ...(opts.cause ? { cause: opts.cause } : {}) });
    this.key = key;
    this.params = opts.params;
    this.fieldErrors = opts.fieldErrors;
  }
}

export const notFound = () => new UserError('NOT_FOUND', 'error.notFound');
export const forbidden = () => new UserError('FORBIDDEN', 'error.forbidden');
export const unauthorized = () => new UserError('UNAUTHORIZED', 'error.unauthorized');

/** A form error tied to one field, e.g. a taken e-mail address. */
export function fieldError(field: string, key: MessageKey, code: TRPC_ERROR_CODE_KEY = 'CONFLICT'): UserError {
  return new UserError(code, key, { fieldErrors: { [field]: key } });
}

/** Translate a zod issue: our schemas use message keys; fill {min}/{max} from the issue. */
function translateIssue(locale: Locale, issue: z.core.$ZodIssue): string {
  const params: MessageParams = {};
  if ('maximum' in issue) params.max = Number(issue.maximum);
  if ('minimum' in issue) params.min = Number(issue.minimum);
  const key = isMessageKey(issue.message) ? issue.message : 'validation.invalid';
  return translate(locale, key, params);
}

export interface UserFacingError {
  message: string;
  fieldErrors: Record<string, string>;
}

/** Turn any error into what the user sees: a translated message and per-field messages. */
export function describeError(locale: Locale, error: TRPCError): UserFacingError {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of cause.issues) {
      const path = issue.path.map(String).join('.') || '_';
      fieldErrors[path] ??= translateIssue(locale, issue);
    }
    return { message: translate(locale, 'error.badRequest'), fieldErrors };
  }
  if (error instanceof UserError) {
    const fieldErrors: Record<string, string> = {};
    for (const [field, key] of Object.entries(error.fieldErrors ?? {}))
      fieldErrors[field] = translate(locale, key, error.params);
    return { message: translate(locale, error.key, error.params), fieldErrors };
  }
  const byCode: Partial<Record<TRPC_ERROR_CODE_KEY, MessageKey>> = {
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
  return { message: translate(locale, byCode[error.code] ?? 'error.internal', { minutes: 15 }), fieldErrors: {} };
}
