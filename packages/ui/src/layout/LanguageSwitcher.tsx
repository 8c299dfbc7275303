import { useId } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { HTML_LANG, LOCALE_NAMES, LOCALES } from '@knutepunkt/domain/i18n';
import { useI18n } from '../i18n/use-i18n.ts';

/**
 * Bokmål / Nynorsk / English as a group of toggle buttons. Each name is written in its own
 * language and carries `lang`, so a screen reader pronounces "English" in English even on a
 * Norwegian page. Buttons (not radios) because picking a language changes the whole page:
 * arrowing through radios would switch language on every key press.
 */
export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="kp-language">
      <span id={labelId} className="kp-language__label">
        {t('ui.language.label')}
      </span>
      {LOCALES.map((option) => {
        const pressed = option === locale;
        return (
          <Button
            key={option}
            type="button"
            data-size="sm"
            // The chosen language is filled, the others are not: a difference in shape, not only colour.
            variant={pressed ? 'primary' : 'tertiary'}
            aria-pressed={pressed}
            lang={HTML_LANG[option]}
            onClick={() => setLocale(option)}
          >
            {LOCALE_NAMES[option]}
          </Button>
        );
      })}
    </div>
  );
}
