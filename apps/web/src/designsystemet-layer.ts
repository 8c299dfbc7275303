/**
 * The parts of Designsystemet's web layer (`@digdir/designsystemet-web`: custom elements and
 * document-wide behaviours) that the web app uses: forms, disclosures and the confirm dialog.
 * Its Field and Details components import the whole layer (29 kB gzipped, with tooltips,
 * popovers, tabs and a combobox the web app never shows); vite.config.ts points those two
 * imports here instead. Any other Designsystemet component that imports the layer still gets
 * all of it, so one added later keeps working.
 */
// <ds-field>: links label, description and error to the input (for, aria-describedby, aria-invalid).
import '@digdir/designsystemet-web/ds-field';
// A click anywhere on a checkbox's or radio's field ticks it (ds-field marks the field for this).
import '@digdir/designsystemet-web/clickdelegatefor';
// A <fieldset> is named by its legend and description.
import '@digdir/designsystemet-web/fieldset';
// readonly inputs and selects refuse changes from mouse and keyboard.
import '@digdir/designsystemet-web/readonly';
// <ds-error-summary> (FormErrorSummary, always beside fields): named by its heading, takes focus.
import '@digdir/designsystemet-web/ds-error-summary';
// <details> (Details): the polyfill for browsers without exclusive accordions.
import '@digdir/designsystemet-web/details';
// <dialog> (ConfirmDialog, beside the editor's fields): light dismiss and command buttons.
import '@digdir/designsystemet-web/dialog';
