import { defineMessages } from '../define.ts';

/** Interface strings: the shared dialogs in packages/ui (ConfirmDialog). Every key in bokmål, nynorsk and English. */
export const dialog = defineMessages({
  'ui.dialog.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
});
