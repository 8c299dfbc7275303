import { defineMessages } from '../../define.ts';

/** Deleting the sensitive answers after a meeting (docs/adr/0018): the form's field and the registrations page's note. */
export const meetingsAdminRetention = defineMessages({
  'meetings.admin.field.sensitiveRetentionDays': {
    nb: 'Slett svar om kosthold, tilrettelegging og reisestøtte etter (dager)',
    nn: 'Slett svar om kosthald, tilrettelegging og reisestøtte etter (dagar)',
    en: 'Delete answers on diet, access and travel support after (days)',
  },
  'meetings.admin.field.sensitiveRetentionDaysHint': {
    nb: 'Antall dager etter møtet, fra 1 til 365. Bare antallene blir tatt vare på.',
    nn: 'Talet på dagar etter møtet, frå 1 til 365. Berre tala blir tekne vare på.',
    en: 'Days after the meeting, from 1 to 365. Only the counts are kept.',
  },
  'meetings.admin.retention.pending': {
    nb: 'Svarene om kosthold, tilrettelegging og reisestøtte slettes {date}. Bare antallene blir tatt vare på.',
    nn: 'Svara om kosthald, tilrettelegging og reisestøtte blir sletta {date}. Berre tala blir tekne vare på.',
    en: 'The answers on diet, access and travel support will be deleted on {date}. Only the counts are kept.',
  },
  'meetings.admin.retention.erased': {
    nb: 'Svarene om kosthold, tilrettelegging og reisestøtte ble slettet {date}. Dette er antallene blant dem som hadde plass:',
    nn: 'Svara om kosthald, tilrettelegging og reisestøtte vart sletta {date}. Dette er tala blant dei som hadde plass:',
    en: 'The answers on diet, access and travel support were deleted on {date}. These are the counts among those who had a seat:',
  },
  'meetings.admin.retention.count.confirmed': { nb: 'Påmeldt', nn: 'Påmelde', en: 'Registered' },
  'meetings.admin.retention.count.dietary': { nb: 'Kosthold', nn: 'Kosthald', en: 'Dietary needs' },
  'meetings.admin.retention.count.wheelchair': { nb: 'Rullestol', nn: 'Rullestol', en: 'Wheelchair' },
  'meetings.admin.retention.count.signLanguage': { nb: 'Tegnspråktolk', nn: 'Teiknspråktolk', en: 'Sign language' },
  'meetings.admin.retention.count.writtenInterpretation': {
    nb: 'Skrivetolk',
    nn: 'Skrivetolk',
    en: 'Written interpretation',
  },
  'meetings.admin.retention.count.hearingLoop': { nb: 'Teleslynge', nn: 'Teleslynge', en: 'Hearing loop' },
  'meetings.admin.retention.count.otherAccessNeeds': {
    nb: 'Annen tilrettelegging',
    nn: 'Anna tilrettelegging',
    en: 'Other access needs',
  },
  'meetings.admin.retention.count.travelSupport': { nb: 'Reisestøtte', nn: 'Reisestøtte', en: 'Travel support' },
});
