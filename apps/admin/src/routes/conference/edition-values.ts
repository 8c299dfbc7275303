import type { AdminRouterOutputs } from '@knutepunkt/api';
import type { EditionFields, Locale } from '@knutepunkt/domain';

/** An edition as the form holds it: widget origins one per line (EditionForm.tsx is the form). */
export interface EditionValues {
  title: string;
  subtitle: string;
  description: string;
  language: Locale;
  languages: Locale[];
  startsOn: string;
  endsOn: string;
  venueName: string;
  venueAddress: string;
  widgetOrigins: string;
  ownerNetworkIds: string[];
}

export type EditionForEditing = AdminRouterOutputs['conference']['editing']['edition'];

export const EMPTY_EDITION: EditionValues = {
  title: '',
  subtitle: '',
  description: '',
  language: 'nb',
  languages: ['nb'],
  startsOn: '',
  endsOn: '',
  venueName: '',
  venueAddress: '',
  widgetOrigins: '',
  ownerNetworkIds: [],
};

export function editionValues(edition: EditionForEditing): EditionValues {
  return {
    title: edition.title,
    subtitle: edition.subtitle,
    description: edition.description,
    language: edition.language,
    languages: edition.languages,
    startsOn: edition.startsOn,
    endsOn: edition.endsOn,
    venueName: edition.venueName,
    venueAddress: edition.venueAddress,
    widgetOrigins: edition.widgetOrigins.join('\n'),
    ownerNetworkIds: edition.owners.map((o) => o.id),
  };
}

/** What the API takes (it checks and normalises the origins itself). */
export function editionInput(values: EditionValues): Omit<EditionFields, never> {
  return {
    ...values,
    widgetOrigins: values.widgetOrigins
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}
