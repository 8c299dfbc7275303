import type { Db } from '@knutepunkt/db';
import {
  CHOOSABLE_CATEGORIES,
  type ChoosableCategory,
  DEFAULT_DELIVERY_CHOICE,
  type DeliveryChoice,
  type NotificationChoices,
  categoryOfKind,
  isChoosableCategory,
} from '@knutepunkt/domain';

/** A person's choice per choosable category; a category without a row is `immediate`. */
export async function getChoices(db: Db, userId: string): Promise<NotificationChoices> {
  const rows = await db.notificationChoice.findMany({ where: { userId }, select: { category: true, choice: true } });
  const choices = Object.fromEntries(CHOOSABLE_CATEGORIES.map((c) => [c, DEFAULT_DELIVERY_CHOICE])) as Record<
    ChoosableCategory,
    DeliveryChoice
  >;
  for (const row of rows) if (isChoosableCategory(row.category)) choices[row.category] = row.choice;
  return choices;
}

/** Save every choice at once (the form on Min side sends all four). */
export async function setChoices(db: Db, userId: string, choices: NotificationChoices): Promise<NotificationChoices> {
  await db.$transaction(
    CHOOSABLE_CATEGORIES.map((category) =>
      db.notificationChoice.upsert({
        where: { userId_category: { userId, category } },
        create: { userId, category, choice: choices[category] },
        update: { choice: choices[category] },
      }),
    ),
  );
  return getChoices(db, userId);
}

/** One category's choice (the one-click unsubscribe sets `off`). */
export async function setChoice(
  db: Db,
  userId: string,
  category: ChoosableCategory,
  choice: DeliveryChoice,
): Promise<void> {
  await db.notificationChoice.upsert({
    where: { userId_category: { userId, category } },
    create: { userId, category, choice },
    update: { choice },
  });
}

/** How a message of this kind reaches this person: security kinds (and unknown ones) always at once. */
export async function deliveryChoiceFor(db: Db, userId: string, kind: string): Promise<DeliveryChoice> {
  const category = categoryOfKind(kind);
  if (!isChoosableCategory(category)) return 'immediate';
  const row = await db.notificationChoice.findUnique({
    where: { userId_category: { userId, category } },
    select: { choice: true },
  });
  return row?.choice ?? DEFAULT_DELIVERY_CHOICE;
}
