import { defineMessages } from '../../define.ts';

/** «Mitt program» on the web app (docs/adr/0024): stars, clashes, the printable copy, offline. */
export const conferenceWebMine = defineMessages({
  'conference.web.star.add': {
    nb: 'Legg til i mitt program: {title}',
    nn: 'Legg til i programmet mitt: {title}',
    en: 'Add to my programme: {title}',
  },
  'conference.web.star.remove': {
    nb: 'Fjern fra mitt program: {title}',
    nn: 'Fjern frå programmet mitt: {title}',
    en: 'Remove from my programme: {title}',
  },
  'conference.web.star.added': {
    nb: '«{title}» er lagt til i programmet ditt.',
    nn: '«{title}» er lagd til i programmet ditt.',
    en: '“{title}” was added to your programme.',
  },
  'conference.web.star.removed': {
    nb: '«{title}» er fjernet fra programmet ditt.',
    nn: '«{title}» er fjerna frå programmet ditt.',
    en: '“{title}” was removed from your programme.',
  },
  'conference.web.mine.heading': { nb: 'Mitt program', nn: 'Programmet mitt', en: 'My programme' },
  'conference.web.mine.intro': {
    nb: 'Øktene du har stjernemerket. Alle tider er norsk tid.',
    nn: 'Øktene du har stjernemerkt. Alle tider er norsk tid.',
    en: 'The sessions you have starred. All times are Norwegian time.',
  },
  'conference.web.mine.empty': {
    nb: 'Du har ikke valgt noen økter ennå. Trykk på stjernen ved en økt i programmet for å legge den til her.',
    nn: 'Du har ikkje valt nokon økter enno. Trykk på stjerna ved ei økt i programmet for å leggje ho til her.',
    en: 'You have not chosen any sessions yet. Press the star by a session in the programme to add it here.',
  },
  'conference.web.mine.toProgramme': {
    nb: 'Til hele programmet',
    nn: 'Til heile programmet',
    en: 'The whole programme',
  },
  'conference.web.mine.print': {
    nb: 'Utskriftsvennlig versjon',
    nn: 'Utskriftsvenleg versjon',
    en: 'Printable version',
  },
  'conference.web.mine.norwegianTime': { nb: 'norsk tid', nn: 'norsk tid', en: 'Norwegian time' },
  'conference.web.mine.clashesHeading': {
    nb: 'Overlappende økter',
    nn: 'Overlappande økter',
    en: 'Overlapping sessions',
  },
  'conference.web.mine.clash': {
    nb: '«{first}» ({firstTime}) og «{second}» ({secondTime}) går samtidig.',
    nn: '«{first}» ({firstTime}) og «{second}» ({secondTime}) går samstundes.',
    en: '“{first}” ({firstTime}) and “{second}” ({secondTime}) overlap.',
  },
  'conference.web.mine.signInHint': {
    nb: 'Stjernene lagres i denne nettleseren. Logg inn for å beholde dem på alle enhetene dine.',
    nn: 'Stjernene blir lagra i denne nettlesaren. Logg inn for å ta vare på dei på alle einingane dine.',
    en: 'Your stars are kept in this browser. Sign in to keep them on all your devices.',
  },
  'conference.web.mine.signInLink': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'conference.web.mine.synced': {
    nb: 'Stjernene dine er lagret på kontoen din.',
    nn: 'Stjernene dine er lagra på kontoen din.',
    en: 'Your stars are saved to your account.',
  },
  'conference.web.mine.pending': {
    nb: 'Noen stjerner er ikke lagret på kontoen ennå. De lagres når du er på nett igjen.',
    nn: 'Nokre stjerner er ikkje lagra på kontoen enno. Dei blir lagra når du er på nett igjen.',
    en: 'Some stars are not saved to your account yet. They will be when you are back online.',
  },
  'conference.web.mine.feedIntro': {
    nb: 'Kalenderadressen din viser også øktene du har stjernemerket.',
    nn: 'Kalenderadressa di viser òg øktene du har stjernemerkt.',
    en: 'Your calendar address also shows the sessions you have starred.',
  },
  'conference.web.mine.room': { nb: 'Rom: {room}', nn: 'Rom: {room}', en: 'Room: {room}' },
  'conference.web.print.heading': {
    nb: 'Mitt program – {edition}',
    nn: 'Programmet mitt – {edition}',
    en: 'My programme – {edition}',
  },
  'conference.web.print.button': { nb: 'Skriv ut', nn: 'Skriv ut', en: 'Print' },
  'conference.web.print.back': {
    nb: 'Tilbake til mitt program',
    nn: 'Tilbake til programmet mitt',
    en: 'Back to my programme',
  },
  'conference.web.print.version': {
    nb: 'Programversjon {name}, publisert {date}. Alle tider er norsk tid.',
    nn: 'Programversjon {name}, publisert {date}. Alle tider er norsk tid.',
    en: 'Programme version {name}, published {date}. All times are Norwegian time.',
  },
  'conference.web.offline.notice': {
    nb: 'Du ser en lagret kopi av programmet (versjon {name}, publisert {date}). Stjerner du setter nå, lagres når du er på nett igjen.',
    nn: 'Du ser ein lagra kopi av programmet (versjon {name}, publisert {date}). Stjerner du set no, blir lagra når du er på nett igjen.',
    en: 'You are looking at a stored copy of the programme (version {name}, published {date}). Stars you set now are saved when you are back online.',
  },
  'conference.web.offline.noticeUnknown': {
    nb: 'Du er ikke på nett. Stjerner du setter nå, lagres når du er på nett igjen.',
    nn: 'Du er ikkje på nett. Stjerner du set no, blir lagra når du er på nett igjen.',
    en: 'You are offline. Stars you set now are saved when you are back online.',
  },
});
