import { Button, Link as DsLink } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  ACCESS_FEATURES,
  LOCALES,
  type ProgrammeFilter,
  type ProgrammeSnapshot,
  conferencePaths,
  pathTo,
} from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { PARAM, hasFilters, parseProgrammeParams, programmeHref } from './programme-params.ts';

/**
 * Search and filters as a plain GET form to the programme's own address: without JavaScript
 * the browser submits it and the server renders the result; with it, the app navigates without
 * a page load. The fields are uncontrolled and the form is keyed by the address, so back and
 * forward show that address's filters.
 */
export function ProgrammeFilters({
  slug,
  snapshot,
  filter,
}: {
  slug: string;
  snapshot: ProgrammeSnapshot;
  filter: ProgrammeFilter;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const action = pathTo(conferencePaths.web.programme, { slug });
  const all = t('conference.web.filters.all');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string') data.set(name, value);
    void navigate(programmeHref(slug, parseProgrammeParams(data, snapshot)), { preventScrollReset: true });
  };

  return (
    <form
      key={programmeHref(slug, filter)}
      method="get"
      action={action}
      role="search"
      aria-label={t('conference.web.filters.label')}
      onSubmit={onSubmit}
      className="kp-filters"
    >
      {filter.day ? <input type="hidden" name={PARAM.day} value={filter.day} /> : null}
      <TextField
        name={PARAM.q}
        type="search"
        label={t('conference.web.filters.q')}
        defaultValue={filter.q ?? ''}
        maxLength={100}
        autoComplete="off"
      />
      {snapshot.tracks.length > 0 ? (
        <SelectField
          name={PARAM.track}
          label={t('conference.web.field.track')}
          defaultValue={filter.trackId ?? ''}
          placeholder={all}
          options={snapshot.tracks.map((tr) => ({ value: tr.id, label: tr.name }))}
        />
      ) : null}
      <SelectField
        name={PARAM.room}
        label={t('conference.web.field.room')}
        defaultValue={filter.roomGuid ?? ''}
        placeholder={all}
        options={snapshot.rooms.map((r) => ({ value: r.guid, label: r.name }))}
      />
      {snapshot.types.length > 0 ? (
        <SelectField
          name={PARAM.type}
          label={t('conference.web.field.type')}
          defaultValue={filter.typeId ?? ''}
          placeholder={all}
          options={snapshot.types.map((ty) => ({ value: ty.id, label: ty.name }))}
        />
      ) : null}
      <SelectField
        name={PARAM.language}
        label={t('conference.web.field.language')}
        defaultValue={filter.language ?? ''}
        placeholder={all}
        options={LOCALES.map((l) => ({ value: l, label: t(`conference.web.language.${l}`) }))}
      />
      <SelectField
        name={PARAM.access}
        label={t('conference.web.field.access')}
        defaultValue={filter.access ?? ''}
        placeholder={all}
        options={ACCESS_FEATURES.map((f) => ({ value: f, label: t(`conference.web.access.${f}`) }))}
      />
      <div className="kp-filters__actions">
        <Button type="submit">{t('conference.web.filters.submit')}</Button>
        {hasFilters(filter) ? (
          <DsLink asChild>
            <Link to={programmeHref(slug, { ...(filter.day ? { day: filter.day } : {}) })}>
              {t('conference.web.filters.clear')}
            </Link>
          </DsLink>
        ) : null}
      </div>
    </form>
  );
}
