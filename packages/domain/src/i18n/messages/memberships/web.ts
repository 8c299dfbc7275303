import { defineMessages } from '../../define.ts';

/**
 * Links to organisations on the web app: asking to be linked, the editors' list of requests,
 * and the person's own links on Min side.
 */
export const membershipsWeb = defineMessages({
  'memberships.web.status.PENDING': { nb: 'Venter på svar', nn: 'Ventar på svar', en: 'Awaiting an answer' },
  'memberships.web.status.APPROVED': { nb: 'Godkjent', nn: 'Godkjend', en: 'Approved' },
  'memberships.web.status.REJECTED': { nb: 'Ikke godkjent', nn: 'Ikkje godkjend', en: 'Not approved' },

  'memberships.web.request.heading': { nb: 'Hører du til her?', nn: 'Høyrer du til her?', en: 'Do you belong here?' },
  'memberships.web.request.headingLinked': { nb: 'Din tilknytning', nn: 'Tilknytinga di', en: 'Your link' },
  'memberships.web.request.intro': {
    nb: 'Er du ansatt i, eller med i, {name}? Be om å bli knyttet til organisasjonen. En redaktør i organisasjonen eller en koordinator i nettverket svarer.',
    nn: 'Er du tilsett i, eller med i, {name}? Be om å bli knytt til organisasjonen. Ein redaktør i organisasjonen eller ein koordinator i nettverket svarar.',
    en: 'Do you work at, or belong to, {name}? Ask to be linked to the organisation. An editor of the organisation or a network coordinator will answer.',
  },
  'memberships.web.request.rejectedBefore': {
    nb: 'Den forrige forespørselen din ble ikke godkjent. Du kan spørre på nytt, gjerne med en kort forklaring.',
    nn: 'Den førre førespurnaden din vart ikkje godkjend. Du kan spørje på nytt, gjerne med ei kort forklaring.',
    en: 'Your previous request was not approved. You can ask again, ideally with a short explanation.',
  },
  'memberships.web.request.note': { nb: 'Melding (valgfritt)', nn: 'Melding (valfritt)', en: 'Message (optional)' },
  'memberships.web.request.noteHint': {
    nb: 'For eksempel hvilken avdeling du jobber i, eller hvilken rolle du har. Høyst 500 tegn.',
    nn: 'Til dømes kva avdeling du arbeider i, eller kva rolle du har. Høgst 500 teikn.',
    en: 'For example which department you work in, or what your role is. At most 500 characters.',
  },
  'memberships.web.request.submit': { nb: 'Be om å bli knyttet', nn: 'Be om å bli knytt', en: 'Ask to be linked' },
  'memberships.web.request.sent': {
    nb: 'Forespørselen er sendt.',
    nn: 'Førespurnaden er send.',
    en: 'Your request has been sent.',
  },
  'memberships.web.request.pending': {
    nb: 'Du har bedt om å bli knyttet til {name}. Du blir knyttet til organisasjonen når en redaktør eller koordinator har godkjent forespørselen.',
    nn: 'Du har bede om å bli knytt til {name}. Du blir knytt til organisasjonen når ein redaktør eller koordinator har godkjent førespurnaden.',
    en: 'You have asked to be linked to {name}. You will be linked once an editor or coordinator has approved the request.',
  },
  'memberships.web.request.approved': {
    nb: 'Du er knyttet til {name} som {role}.',
    nn: 'Du er knytt til {name} som {role}.',
    en: 'You are linked to {name} as {role}.',
  },
  'memberships.web.request.signedOut': {
    nb: 'Logg inn for å be om å bli knyttet til organisasjonen. Har du ikke konto, kan du opprette en.',
    nn: 'Logg inn for å be om å bli knytt til organisasjonen. Har du ikkje konto, kan du opprette ein.',
    en: 'Sign in to ask to be linked to the organisation. If you have no account, you can create one.',
  },
  'memberships.web.request.signInLink': {
    nb: 'Logg inn eller opprett konto',
    nn: 'Logg inn eller opprett konto',
    en: 'Sign in or create an account',
  },
  'memberships.web.request.myPageLink': {
    nb: 'Se koblingene dine på Min side',
    nn: 'Sjå koplingane dine på Mi side',
    en: 'See your links on My page',
  },

  'memberships.web.pending.title': {
    nb: 'Forespørsler til {name}',
    nn: 'Førespurnader til {name}',
    en: 'Requests to {name}',
  },
  'memberships.web.pending.intro': {
    nb: 'Disse personene har bedt om å bli knyttet til organisasjonen. Godkjenn dem du kjenner igjen. Bare en koordinator i nettverket kan gjøre noen til redaktør.',
    nn: 'Desse personane har bede om å bli knytte til organisasjonen. Godkjenn dei du kjenner att. Berre ein koordinator i nettverket kan gjere nokon til redaktør.',
    en: 'These people have asked to be linked to the organisation. Approve the ones you recognise. Only a network coordinator can make someone an editor.',
  },
  'memberships.web.pending.asked': { nb: 'spurte {date}', nn: 'spurde {date}', en: 'asked on {date}' },
  'memberships.web.pending.approve': { nb: 'Godkjenn som medlem', nn: 'Godkjenn som medlem', en: 'Approve as member' },
  'memberships.web.pending.reject': { nb: 'Avslå', nn: 'Avslå', en: 'Decline' },
  'memberships.web.pending.approvedDone': {
    nb: '{name} er godkjent som medlem.',
    nn: '{name} er godkjend som medlem.',
    en: '{name} has been approved as a member.',
  },
  'memberships.web.pending.rejectedDone': {
    nb: 'Forespørselen fra {name} er avslått.',
    nn: 'Førespurnaden frå {name} er avslått.',
    en: 'The request from {name} has been declined.',
  },
  'memberships.web.pending.empty': {
    nb: 'Det er ingen forespørsler som venter.',
    nn: 'Det er ingen førespurnader som ventar.',
    en: 'There are no requests waiting.',
  },
  'memberships.web.mine.heading': { nb: 'Organisasjonene mine', nn: 'Organisasjonane mine', en: 'My organisations' },
  'memberships.web.mine.none': {
    nb: 'Du er ikke knyttet til noen organisasjon ennå.',
    nn: 'Du er ikkje knytt til nokon organisasjon enno.',
    en: 'You are not linked to any organisation yet.',
  },
  'memberships.web.mine.findLink': {
    nb: 'Finn organisasjonen din',
    nn: 'Finn organisasjonen din',
    en: 'Find your organisation',
  },
  'memberships.web.mine.asked': { nb: 'Spurt {date}', nn: 'Spurt {date}', en: 'Asked on {date}' },
  'memberships.web.mine.withdraw': {
    nb: 'Trekk tilbake forespørselen',
    nn: 'Trekk tilbake førespurnaden',
    en: 'Withdraw the request',
  },
  'memberships.web.mine.leave': {
    nb: 'Forlat organisasjonen',
    nn: 'Forlat organisasjonen',
    en: 'Leave the organisation',
  },
  'memberships.web.mine.remove': { nb: 'Fjern fra listen', nn: 'Fjern frå lista', en: 'Remove from the list' },
  'memberships.web.mine.leaveConfirm': {
    nb: 'Vil du forlate {name}? For å bli knyttet igjen må du be om det på nytt.',
    nn: 'Vil du forlate {name}? For å bli knytt att må du be om det på nytt.',
    en: 'Do you want to leave {name}? To be linked again you will have to ask again.',
  },
  'memberships.web.mine.leaveYes': {
    nb: 'Ja, forlat organisasjonen',
    nn: 'Ja, forlat organisasjonen',
    en: 'Yes, leave the organisation',
  },
  'memberships.web.mine.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'memberships.web.mine.withdrawn': {
    nb: 'Forespørselen til {name} er trukket tilbake.',
    nn: 'Førespurnaden til {name} er trekt tilbake.',
    en: 'Your request to {name} has been withdrawn.',
  },
  'memberships.web.mine.left': {
    nb: 'Du er ikke lenger knyttet til {name}.',
    nn: 'Du er ikkje lenger knytt til {name}.',
    en: 'You are no longer linked to {name}.',
  },
  'memberships.web.mine.removed': {
    nb: '{name} er fjernet fra listen.',
    nn: '{name} er fjerna frå lista.',
    en: '{name} has been removed from the list.',
  },
});
