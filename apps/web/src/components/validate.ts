import type { MessageParams } from '@knutepunkt/domain';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';

/** The part of a zod schema this needs; the domain's input schemas fit it. */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
  maximum?: unknown;
  minimum?: unknown;
}
export interface Validatable {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

/**
 * Check a form against the same domain schema the server uses, before sending it: the person
 * sees what to fix at once, without a round trip on a slow connection. The server checks again
 * and its answer is shown the same way. Messages are the schema's message keys, translated.
 */
export function validateWith(
  schema: Validatable,
  value: unknown,
  t: (key: WebMessageKey, params?: MessageParams) => string,
): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || '_';
    if (errors[field]) continue;
    const params: MessageParams = {};
    if (issue.maximum !== undefined) params.max = Number(issue.maximum);
    if (issue.minimum !== undefined) params.min = Number(issue.minimum);
    // `t` returns an unknown key as it is: a message that is not one of ours gets the general one.
    // (Asking `t` rather than the catalogue keeps the catalogue, all three languages, out of the bundle.)
    const translated = t(issue.message as WebMessageKey, params);
    errors[field] = translated === issue.message ? t('validation.invalid', params) : translated;
  }
  return errors;
}

/** A text input's value, trimmed; an empty one becomes null (the schemas' "not given"). */
export function optional(value: FormDataEntryValue | null): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
}

export function text(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value : '';
}
