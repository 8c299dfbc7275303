import { defineMessages } from '../../define.ts';

/** The practice bank on the web app: attachments in the editor (images and PDF files). */
export const practiceWebAttachments = defineMessages({
  // Hints beside the upload field
  'practice.web.attachments.hint.types': {
    nb: 'Bilder (PNG, JPEG, WebP, GIF) inntil {image} MB og PDF-filer inntil {pdf} MB, høyst {max} vedlegg.',
    nn: 'Bilete (PNG, JPEG, WebP, GIF) inntil {image} MB og PDF-filer inntil {pdf} MB, høgst {max} vedlegg.',
    en: 'Images (PNG, JPEG, WebP, GIF) up to {image} MB and PDF files up to {pdf} MB, at most {max} attachments.',
  },
  'practice.web.attachments.hint.altText': {
    nb: 'Beskriv hva bildet viser, for dem som bruker skjermleser.',
    nn: 'Fortel kva biletet viser, for dei som brukar skjermlesar.',
    en: 'Describe what the image shows, for people who use a screen reader.',
  },

  // The attachments panel
  'practice.web.attachments.heading': { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
  'practice.web.attachments.intro': {
    nb: 'Bilder og PDF-filer som hører til eksemplet. Alle kan se dem når eksemplet er publisert.',
    nn: 'Bilete og PDF-filer som høyrer til eksempelet. Alle kan sjå dei når eksempelet er publisert.',
    en: 'Images and PDF files that belong to the example. Everyone can see them once the example is published.',
  },
  'practice.web.attachments.count': {
    nb: '{count} av {max} vedlegg',
    nn: '{count} av {max} vedlegg',
    en: '{count} of {max} attachments',
  },
  'practice.web.attachments.none': { nb: 'Ingen vedlegg ennå.', nn: 'Ingen vedlegg enno.', en: 'No attachments yet.' },
  'practice.web.attachments.readOnly': {
    nb: 'Vedleggene kan endres mens eksemplet er et utkast eller er sendt tilbake med kommentarer.',
    nn: 'Vedlegga kan endrast medan eksempelet er eit utkast eller er sendt tilbake med kommentarar.',
    en: 'Attachments can be changed while the example is a draft or has been returned with comments.',
  },
  'practice.web.attachments.uploadHeading': {
    nb: 'Legg til et vedlegg',
    nn: 'Legg til eit vedlegg',
    en: 'Add an attachment',
  },
  'practice.web.attachments.file': { nb: 'Velg en fil', nn: 'Vel ei fil', en: 'Choose a file' },
  'practice.web.attachments.altText': { nb: 'Alternativ tekst', nn: 'Alternativ tekst', en: 'Alternative text' },
  'practice.web.attachments.altTextHint': {
    nb: 'Beskriv hva bildet viser for dem som ikke ser det. Må fylles ut for bilder; for PDF-filer kan feltet stå tomt.',
    nn: 'Beskriv kva biletet viser for dei som ikkje ser det. Må fyllast ut for bilete; for PDF-filer kan feltet stå tomt.',
    en: 'Describe what the image shows for those who cannot see it. Required for images; for PDF files you can leave it empty.',
  },
  'practice.web.attachments.altTextEditHint': {
    nb: 'Beskriv hva bildet viser for dem som ikke ser det.',
    nn: 'Beskriv kva biletet viser for dei som ikkje ser det.',
    en: 'Describe what the image shows for those who cannot see it.',
  },
  'practice.web.attachments.upload': { nb: 'Last opp', nn: 'Last opp', en: 'Upload' },
  'practice.web.attachments.uploading': {
    nb: 'Laster opp {name} …',
    nn: 'Lastar opp {name} …',
    en: 'Uploading {name} …',
  },
  'practice.web.attachments.uploaded': {
    nb: '«{name}» er lastet opp.',
    nn: '«{name}» er lasta opp.',
    en: '“{name}” has been uploaded.',
  },
  'practice.web.attachments.image': { nb: '{type}-bilde', nn: '{type}-bilete', en: '{type} image' },
  'practice.web.attachments.pdf': { nb: 'PDF-fil', nn: 'PDF-fil', en: 'PDF file' },
  'practice.web.attachments.altTextMissing': {
    nb: 'Bildet mangler alternativ tekst.',
    nn: 'Biletet manglar alternativ tekst.',
    en: 'The image has no alternative text.',
  },
  'practice.web.attachments.editAltText': {
    nb: 'Endre alternativ tekst',
    nn: 'Endre alternativ tekst',
    en: 'Change alternative text',
  },
  'practice.web.attachments.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'practice.web.attachments.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'practice.web.attachments.altTextSaved': {
    nb: 'Den alternative teksten til «{name}» er lagret.',
    nn: 'Den alternative teksten til «{name}» er lagra.',
    en: 'The alternative text of “{name}” has been saved.',
  },
  'practice.web.attachments.insert': { nb: 'Sett inn i teksten', nn: 'Set inn i teksten', en: 'Insert into the text' },
  'practice.web.attachments.insertHint': {
    nb: '«Sett inn i teksten» setter bildet eller lenken inn der markøren sist sto i en av tekstene over. Har du ikke skrevet i noen av dem ennå, blir koden kopiert, så du kan lime den inn selv.',
    nn: '«Set inn i teksten» set biletet eller lenkja inn der markøren sist stod i ein av tekstane over. Har du ikkje skrive i nokon av dei enno, blir koden kopiert, så du kan lime han inn sjølv.',
    en: '“Insert into the text” puts the image or link where the cursor last was in one of the texts above. If you have not written in any of them yet, the code is copied so you can paste it yourself.',
  },
  'practice.web.attachments.inserted': {
    nb: '«{name}» er satt inn i «{field}».',
    nn: '«{name}» er sett inn i «{field}».',
    en: '“{name}” has been inserted into “{field}”.',
  },
  'practice.web.attachments.copied': {
    nb: 'Koden for «{name}» er kopiert. Lim den inn der du vil ha den i teksten.',
    nn: 'Koden for «{name}» er kopiert. Lim han inn der du vil ha han i teksten.',
    en: 'The code for “{name}” has been copied. Paste it where you want it in the text.',
  },
  'practice.web.attachments.copyYourself': {
    nb: 'Kopier denne koden og lim den inn der du vil ha den i teksten:',
    nn: 'Kopier denne koden og lim han inn der du vil ha han i teksten:',
    en: 'Copy this code and paste it where you want it in the text:',
  },
  'practice.web.attachments.code': { nb: 'Kode for «{name}»', nn: 'Kode for «{name}»', en: 'Code for “{name}”' },
  'practice.web.attachments.delete': { nb: 'Slett', nn: 'Slett', en: 'Delete' },
  'practice.web.attachments.deleteTitle': { nb: 'Slette «{name}»?', nn: 'Slette «{name}»?', en: 'Delete “{name}”?' },
  'practice.web.attachments.deleteText': {
    nb: 'Filen slettes for godt og kan ikke hentes tilbake.',
    nn: 'Fila blir sletta for godt og kan ikkje hentast tilbake.',
    en: 'The file is deleted for good and cannot be brought back.',
  },
  'practice.web.attachments.deleteUsed': {
    nb: 'Vedlegget er brukt i teksten. Fjern det derfra også, ellers ser leserne et bilde eller en lenke som ikke virker.',
    nn: 'Vedlegget er brukt i teksten. Fjern det derifrå òg, elles ser lesarane eit bilete eller ei lenkje som ikkje verkar.',
    en: 'The attachment is used in the text. Remove it there too, or readers will see an image or link that does not work.',
  },
  'practice.web.attachments.deleteConfirm': {
    nb: 'Slett vedlegget',
    nn: 'Slett vedlegget',
    en: 'Delete the attachment',
  },
  'practice.web.attachments.deleted': {
    nb: '«{name}» er slettet.',
    nn: '«{name}» er sletta.',
    en: '“{name}” has been deleted.',
  },
});
