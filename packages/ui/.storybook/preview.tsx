import type { Preview } from '@storybook/react-vite';
import { commonMessages, messagesFor, isLocale, LOCALE_NAMES, LOCALES, type Locale } from '@knutepunkt/domain/i18n';
import { I18nProvider } from '../src/i18n/I18nProvider.tsx';
import '../src/styles.css';

/** Every story runs inside I18nProvider; the toolbar (or a story's `globals`) picks the language. */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: LOCALES.map((locale) => ({ value: locale, title: LOCALE_NAMES[locale] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb' },
  decorators: [
    (Story, context) => {
      const locale: Locale = isLocale(context.globals.locale) ? context.globals.locale : 'nb';
      return (
        <I18nProvider locale={locale} loadMessages={(language) => messagesFor(commonMessages, language)}>
          <Story />
        </I18nProvider>
      );
    },
  ],
  parameters: {
    layout: 'padded',
  },
};

export default preview;
