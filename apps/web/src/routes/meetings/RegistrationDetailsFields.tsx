import { Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { CheckboxField, RadioField, TextField, fieldId, useI18n } from '@knutepunkt/ui';
import { optional, text } from '../../components/validate.ts';
import type { Outputs } from '../../trpc.ts';

type Meeting = Outputs['meetings']['bySlug'];
type Details = Outputs['meetings']['myRegistrationDetails'];

/** The details' fields top to bottom (the error summary's order). */
export const DETAIL_FIELDS = [
  'attendance',
  'dietary',
  'wheelchair',
  'signLanguage',
  'writtenInterpretation',
  'hearingLoop',
  'otherAccessNeeds',
  'travelSupport',
  'listConsent',
] as const;

const ACCESS_NEEDS = ['wheelchair', 'signLanguage', 'writtenInterpretation', 'hearingLoop'] as const;

/** An online or in-person meeting has one way to attend; only a hybrid one asks. */
export function fixedAttendance(meeting: Pick<Meeting, 'mode'>): 'online' | 'in_person' | null {
  return meeting.mode === 'online' ? 'online' : meeting.mode === 'in_person' ? 'in_person' : null;
}

/** The details from a submitted form, as the API takes them. */
export function detailsFrom(form: FormData, meeting: Pick<Meeting, 'mode'>) {
  return {
    attendance: fixedAttendance(meeting) ?? text(form.get('attendance')),
    dietary: optional(form.get('dietary')),
    wheelchair: form.get('wheelchair') === 'on',
    signLanguage: form.get('signLanguage') === 'on',
    writtenInterpretation: form.get('writtenInterpretation') === 'on',
    hearingLoop: form.get('hearingLoop') === 'on',
    otherAccessNeeds: optional(form.get('otherAccessNeeds')),
    travelSupport: form.get('travelSupport') === 'on',
    listConsent: form.get('listConsent') === 'on',
  };
}

/**
 * Attendance, the sensitive needs and list consent: asked when registering with a seat free,
 * and in «Fullfør påmeldingen» / «Endre oppmøte og behov» (with the answers given before).
 */
export function RegistrationDetailsFields({
  meeting,
  errorFor,
  current,
}: {
  meeting: Pick<Meeting, 'mode'>;
  errorFor: (field: string) => string | undefined;
  current?: Details | null;
}) {
  const { t } = useI18n();
  const needs = current?.needs ?? null;
  const online = current?.attendance === 'online';
  return (
    <>
      {fixedAttendance(meeting) ? null : (
        <Fieldset className="kp-checkbox-group">
          <Fieldset.Legend>{t('meetings.web.register.attendance')}</Fieldset.Legend>
          <RadioField
            id={fieldId('attendance')}
            name="attendance"
            value="in_person"
            label={t('meetings.web.register.inPerson')}
            defaultChecked={!online}
          />
          <RadioField
            id="pamelding-attendance-online"
            name="attendance"
            value="online"
            label={t('meetings.web.register.online')}
            defaultChecked={online}
            error={errorFor('attendance')}
          />
        </Fieldset>
      )}
      <TextField
        name="dietary"
        label={t('meetings.web.register.dietary')}
        maxLength={500}
        defaultValue={needs?.dietary ?? ''}
        error={errorFor('dietary')}
      />
      <Fieldset className="kp-checkbox-group">
        <Fieldset.Legend>{t('meetings.web.register.access')}</Fieldset.Legend>
        {ACCESS_NEEDS.map((need) => (
          <CheckboxField
            key={need}
            name={need}
            label={t(`meetings.web.register.${need}`)}
            defaultChecked={needs?.[need] ?? false}
            error={errorFor(need)}
          />
        ))}
      </Fieldset>
      <TextField
        name="otherAccessNeeds"
        label={t('meetings.web.register.otherAccessNeeds')}
        maxLength={500}
        defaultValue={needs?.otherAccessNeeds ?? ''}
        error={errorFor('otherAccessNeeds')}
      />
      <CheckboxField
        name="travelSupport"
        label={t('meetings.web.register.travelSupport')}
        defaultChecked={needs?.travelSupport ?? false}
        error={errorFor('travelSupport')}
      />
      <CheckboxField
        name="listConsent"
        label={t('meetings.web.register.listConsent')}
        defaultChecked={current?.listConsent ?? false}
        error={errorFor('listConsent')}
      />
      <Paragraph data-size="sm">{t('meetings.web.register.privacy')}</Paragraph>
    </>
  );
}
