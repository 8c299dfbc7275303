import type { MessageKey } from './i18n/catalogues/all.ts';
import type { MessageParams } from './i18n/index.ts';

/**
 * Errors a user can cause (or must be told about in words): a message key
 * with its parameters, optional per-field keys, and what kind of refusal it
 * is. Services throw them; only the edges (the tRPC error formatter, the
 * server's own HTTP routes) turn a kind into an HTTP status and a key into
 * text in the asker's language. No framework here, so a service (and its
 * tests) depends on nothing but the domain. Anything else thrown is a fault
 * of ours and reaches the client only as 'error.internal'.
 */
export const ERROR_KINDS = [
  'badRequest',
  'unauthorized',
  'forbidden',
  'notFound',
  /** It was public once and has been withdrawn on purpose (an archived example): 410, not 404. */
  'gone',
  'conflict',
  'tooManyRequests',
  'payloadTooLarge',
  'unsupportedMediaType',
  'serviceUnavailable',
  /** The admin app must ask for the password again before this action (docs/adr/0015): 412. */
  'reauthenticate',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface UserErrorOptions {
  params?: MessageParams;
  /** Field name → message key, shown beside the field (translated with the same params). */
  fieldErrors?: Record<string, MessageKey>;
  /** A zod error whose issues become per-field messages (a form checked on the server). */
  cause?: unknown;
}

export class UserError extends Error {
  override readonly name = 'UserError';
  readonly kind: ErrorKind;
  readonly key: MessageKey;
  readonly params: MessageParams | undefined;
  readonly fieldErrors: Record<string, MessageKey> | undefined;

  constructor(kind: ErrorKind, key: MessageKey, opts: UserErrorOptions = {}) {
    super(key, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    this.key = key;
    this.params = opts.params;
    this.fieldErrors = opts.fieldErrors;
  }
}

export const notFound = () => new UserError('notFound', 'error.notFound');
export const forbidden = () => new UserError('forbidden', 'error.forbidden');
export const unauthorized = () => new UserError('unauthorized', 'error.unauthorized');
/** A sensitive admin action on a session whose password was last given too long ago (docs/adr/0015). */
export const reauthenticationRequired = () => new UserError('reauthenticate', 'account.reauth.required');

/** A form error tied to one field, e.g. a taken e-mail address. */
export function fieldError(field: string, key: MessageKey, kind: ErrorKind = 'conflict'): UserError {
  return new UserError(kind, key, { fieldErrors: { [field]: key } });
}
