import { defineMessages } from '../define.ts';

/** Interface strings: people. Every key in bokmål, nynorsk and English. */
export const people = defineMessages({
  'people.field.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'people.field.email': { nb: 'E-postadresse', nn: 'E-postadresse', en: 'E-mail address' },
  'people.field.emailHint': {
    nb: 'Du bruker den når du logger inn.',
    nn: 'Du brukar ho når du loggar inn.',
    en: 'You use it to sign in.',
  },
  'people.field.password': { nb: 'Passord', nn: 'Passord', en: 'Password' },
  'people.field.passwordRule': {
    nb: 'Minst 10 tegn. Et par ord med mellomrom er lett å huske og vanskelig å gjette. Unngå vanlige passord som «passord123».',
    nn: 'Minst 10 teikn. Eit par ord med mellomrom er lett å hugse og vanskeleg å gjette. Unngå vanlege passord som «passord123».',
    en: 'At least 10 characters. A few words with spaces between them are easy to remember and hard to guess. Avoid common passwords such as “password123”.',
  },
  'people.field.locale': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'people.field.localeHint': {
    nb: 'Språket Knutepunkt vises på når du er logget inn.',
    nn: 'Språket Knutepunkt blir vist på når du er logga inn.',
    en: 'The language Knutepunkt is shown in when you are signed in.',
  },

  'people.role.MEMBER': { nb: 'Medlem', nn: 'Medlem', en: 'Member' },
  'people.role.EDITOR': { nb: 'Redaktør', nn: 'Redaktør', en: 'Editor' },
  'people.status.PENDING': { nb: 'Venter på svar', nn: 'Ventar på svar', en: 'Awaiting an answer' },
  'people.status.APPROVED': { nb: 'Godkjent', nn: 'Godkjend', en: 'Approved' },
  'people.status.REJECTED': { nb: 'Ikke godkjent', nn: 'Ikkje godkjend', en: 'Not approved' },

  'people.request.heading': { nb: 'Hører du til her?', nn: 'Høyrer du til her?', en: 'Do you belong here?' },
  'people.request.headingLinked': { nb: 'Din tilknytning', nn: 'Tilknytinga di', en: 'Your link' },
  'people.request.intro': {
    nb: 'Er du ansatt i, eller med i, {name}? Be om å bli knyttet til organisasjonen. En redaktør i organisasjonen eller en koordinator i nettverket svarer.',
    nn: 'Er du tilsett i, eller med i, {name}? Be om å bli knytt til organisasjonen. Ein redaktør i organisasjonen eller ein koordinator i nettverket svarar.',
    en: 'Do you work at, or belong to, {name}? Ask to be linked to the organisation. An editor of the organisation or a network coordinator will answer.',
  },
  'people.request.rejectedBefore': {
    nb: 'Den forrige forespørselen din ble ikke godkjent. Du kan spørre på nytt, gjerne med en kort forklaring.',
    nn: 'Den førre førespurnaden din vart ikkje godkjend. Du kan spørje på nytt, gjerne med ei kort forklaring.',
    en: 'Your previous request was not approved. You can ask again, ideally with a short explanation.',
  },
  'people.request.note': { nb: 'Melding (valgfritt)', nn: 'Melding (valfritt)', en: 'Message (optional)' },
  'people.request.noteHint': {
    nb: 'For eksempel hvilken avdeling du jobber i, eller hvilken rolle du har. Høyst 500 tegn.',
    nn: 'Til dømes kva avdeling du arbeider i, eller kva rolle du har. Høgst 500 teikn.',
    en: 'For example which department you work in, or what your role is. At most 500 characters.',
  },
  'people.request.submit': { nb: 'Be om å bli knyttet', nn: 'Be om å bli knytt', en: 'Ask to be linked' },
  'people.request.sent': {
    nb: 'Forespørselen er sendt.',
    nn: 'Førespurnaden er send.',
    en: 'Your request has been sent.',
  },
  'people.request.pending': {
    nb: 'Du har bedt om å bli knyttet til {name}. Du blir knyttet til organisasjonen når en redaktør eller koordinator har godkjent forespørselen.',
    nn: 'Du har bede om å bli knytt til {name}. Du blir knytt til organisasjonen når ein redaktør eller koordinator har godkjent førespurnaden.',
    en: 'You have asked to be linked to {name}. You will be linked once an editor or coordinator has approved the request.',
  },
  'people.request.approved': {
    nb: 'Du er knyttet til {name} som {role}.',
    nn: 'Du er knytt til {name} som {role}.',
    en: 'You are linked to {name} as {role}.',
  },
  'people.request.signedOut': {
    nb: 'Logg inn for å be om å bli knyttet til organisasjonen. Har du ikke konto, kan du opprette en.',
    nn: 'Logg inn for å be om å bli knytt til organisasjonen. Har du ikkje konto, kan du opprette ein.',
    en: 'Sign in to ask to be linked to the organisation. If you have no account, you can create one.',
  },
  'people.request.signInLink': {
    nb: 'Logg inn eller opprett konto',
    nn: 'Logg inn eller opprett konto',
    en: 'Sign in or create an account',
  },
  'people.request.myPageLink': {
    nb: 'Se koblingene dine på Min side',
    nn: 'Sjå koplingane dine på Mi side',
    en: 'See your links on My page',
  },

  'people.pending.title': { nb: 'Forespørsler til {name}', nn: 'Førespurnader til {name}', en: 'Requests to {name}' },
  'people.pending.intro': {
    nb: 'Disse personene har bedt om å bli knyttet til organisasjonen. Godkjenn dem du kjenner igjen. Bare en koordinator i nettverket kan gjøre noen til redaktør.',
    nn: 'Desse personane har bede om å bli knytte til organisasjonen. Godkjenn dei du kjenner att. Berre ein koordinator i nettverket kan gjere nokon til redaktør.',
    en: 'These people have asked to be linked to the organisation. Approve the ones you recognise. Only a network coordinator can make someone an editor.',
  },
  'people.pending.asked': { nb: 'spurte {date}', nn: 'spurde {date}', en: 'asked on {date}' },
  'people.pending.approve': { nb: 'Godkjenn som medlem', nn: 'Godkjenn som medlem', en: 'Approve as member' },
  'people.pending.reject': { nb: 'Avslå', nn: 'Avslå', en: 'Decline' },
  'people.pending.approvedDone': {
    nb: '{name} er godkjent som medlem.',
    nn: '{name} er godkjend som medlem.',
    en: '{name} has been approved as a member.',
  },
  'people.pending.rejectedDone': {
    nb: 'Forespørselen fra {name} er avslått.',
    nn: 'Førespurnaden frå {name} er avslått.',
    en: 'The request from {name} has been declined.',
  },
  'people.pending.empty': {
    nb: 'Det er ingen forespørsler som venter.',
    nn: 'Det er ingen førespurnader som ventar.',
    en: 'There are no requests waiting.',
  },

  'people.mine.title': { nb: 'Min side', nn: 'Mi side', en: 'My page' },
  'people.mine.intro': {
    nb: 'Hei, {name}! Her ser du organisasjonene dine, og her kan du endre profilen og passordet ditt.',
    nn: 'Hei, {name}! Her ser du organisasjonane dine, og her kan du endre profilen og passordet ditt.',
    en: 'Hello, {name}! Here you can see your organisations and change your profile and password.',
  },
  'people.mine.heading': { nb: 'Organisasjonene mine', nn: 'Organisasjonane mine', en: 'My organisations' },
  'people.mine.none': {
    nb: 'Du er ikke knyttet til noen organisasjon ennå.',
    nn: 'Du er ikkje knytt til nokon organisasjon enno.',
    en: 'You are not linked to any organisation yet.',
  },
  'people.mine.findLink': {
    nb: 'Finn organisasjonen din',
    nn: 'Finn organisasjonen din',
    en: 'Find your organisation',
  },
  'people.mine.asked': { nb: 'Spurt {date}', nn: 'Spurt {date}', en: 'Asked on {date}' },
  'people.mine.withdraw': {
    nb: 'Trekk tilbake forespørselen',
    nn: 'Trekk tilbake førespurnaden',
    en: 'Withdraw the request',
  },
  'people.mine.leave': { nb: 'Forlat organisasjonen', nn: 'Forlat organisasjonen', en: 'Leave the organisation' },
  'people.mine.remove': { nb: 'Fjern fra listen', nn: 'Fjern frå lista', en: 'Remove from the list' },
  'people.mine.leaveConfirm': {
    nb: 'Vil du forlate {name}? For å bli knyttet igjen må du be om det på nytt.',
    nn: 'Vil du forlate {name}? For å bli knytt att må du be om det på nytt.',
    en: 'Do you want to leave {name}? To be linked again you will have to ask again.',
  },
  'people.mine.leaveYes': {
    nb: 'Ja, forlat organisasjonen',
    nn: 'Ja, forlat organisasjonen',
    en: 'Yes, leave the organisation',
  },
  'people.mine.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'people.mine.withdrawn': {
    nb: 'Forespørselen til {name} er trukket tilbake.',
    nn: 'Førespurnaden til {name} er trekt tilbake.',
    en: 'Your request to {name} has been withdrawn.',
  },
  'people.mine.left': {
    nb: 'Du er ikke lenger knyttet til {name}.',
    nn: 'Du er ikkje lenger knytt til {name}.',
    en: 'You are no longer linked to {name}.',
  },
  'people.mine.removed': {
    nb: '{name} er fjernet fra listen.',
    nn: '{name} er fjerna frå lista.',
    en: '{name} has been removed from the list.',
  },

  'people.profile.heading': { nb: 'Profil', nn: 'Profil', en: 'Profile' },
  'people.profile.submit': { nb: 'Lagre profilen', nn: 'Lagre profilen', en: 'Save profile' },
  'people.profile.saved': { nb: 'Profilen er lagret.', nn: 'Profilen er lagra.', en: 'Your profile has been saved.' },

  'people.password.heading': { nb: 'Bytt passord', nn: 'Byt passord', en: 'Change password' },
  'people.password.current': { nb: 'Nåværende passord', nn: 'Noverande passord', en: 'Current password' },
  'people.password.new': { nb: 'Nytt passord', nn: 'Nytt passord', en: 'New password' },
  'people.password.submit': { nb: 'Bytt passord', nn: 'Byt passord', en: 'Change password' },
  'people.password.changed': {
    nb: 'Passordet er byttet. Du er logget ut på alle andre enheter.',
    nn: 'Passordet er bytt. Du er logga ut på alle andre einingar.',
    en: 'Your password has been changed. You have been signed out on all other devices.',
  },

  'people.everywhere.heading': { nb: 'Logg ut overalt', nn: 'Logg ut overalt', en: 'Sign out everywhere' },
  'people.everywhere.text': {
    nb: 'Har du mistet telefonen, eller logget inn på en maskin andre også bruker? Da kan du logge ut på alle enheter på én gang, også denne.',
    nn: 'Har du mista telefonen, eller logga inn på ei maskin andre òg brukar? Då kan du logge ut på alle einingar på ein gong, òg denne.',
    en: 'Lost your phone, or signed in on a computer others also use? You can sign out on all devices at once, this one included.',
  },
  'people.everywhere.button': {
    nb: 'Logg ut på alle enheter',
    nn: 'Logg ut på alle einingar',
    en: 'Sign out on all devices',
  },
  'people.everywhere.done': {
    nb: 'Du er logget ut på alle enheter.',
    nn: 'Du er logga ut på alle einingar.',
    en: 'You have been signed out on all devices.',
  },
});
