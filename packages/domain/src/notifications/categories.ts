import { z } from 'zod';

/**
 * What a person can choose about e-mail, per category of notification (docs/adr/0017).
 * `security` is not a choice: it always comes, one e-mail each.
 */
export const NOTIFICATION_CATEGORIES = ['practice', 'meetings', 'conference', 'evaluations', 'security'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** The categories a person may choose for: every one but security. */
export const CHOOSABLE_CATEGORIES = ['practice', 'meetings', 'conference', 'evaluations'] as const;
export type ChoosableCategory = (typeof CHOOSABLE_CATEGORIES)[number];

/** One e-mail each (the default), a daily digest, or none (still in the outbox on Min side). */
export const DELIVERY_CHOICES = ['immediate', 'digest', 'off'] as const;
export type DeliveryChoice = (typeof DELIVERY_CHOICES)[number];

export const DEFAULT_DELIVERY_CHOICE: DeliveryChoice = 'immediate';

export function isChoosableCategory(value: unknown): value is ChoosableCategory {
  return typeof value === 'string' && (CHOOSABLE_CATEGORIES as readonly string[]).includes(value);
}

const PREFIXES: ReadonlyArray<readonly [string, NotificationCategory]> = [
  ['practice.', 'practice'],
  ['meeting.', 'meetings'],
  ['conference.', 'conference'],
  ['evaluation.', 'evaluations'],
  ['security.', 'security'],
  ['account.', 'security'],
];

/**
 * The category of a notification's kind (the `kind` passed to notify()), by its prefix.
 * An unknown kind counts as `security`: it is always sent and cannot be switched off.
 * A new kind someone forgot to place is then delivered, never silently dropped by
 * an "off" the person chose for something else; the price is an e-mail the person
 * cannot switch off until the kind is given its prefix (a test lists today's kinds).
 */
export function categoryOfKind(kind: string): NotificationCategory {
  for (const [prefix, category] of PREFIXES) if (kind.startsWith(prefix)) return category;
  return 'security';
}

export const deliveryChoiceField = z.enum(DELIVERY_CHOICES, { error: 'validation.choice' });

/** A person's choices: one per choosable category (security is never part of it). */
export const notificationChoicesInput = z.object(
  {
    practice: deliveryChoiceField,
    meetings: deliveryChoiceField,
    conference: deliveryChoiceField,
    evaluations: deliveryChoiceField,
  },
  { error: 'validation.invalid' },
);
export type NotificationChoices = z.infer<typeof notificationChoicesInput>;
