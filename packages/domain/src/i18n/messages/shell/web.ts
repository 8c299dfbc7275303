import { defineMessages } from '../../define.ts';

/**
 * The web app's frame: site name, main menu, footer, front page, pagination, what a page says
 * when it cannot load, and the accessibility statement. Module pages keep their strings in
 * their module's folder.
 */
export const shellWeb = defineMessages({
  'web.siteName': { nb: 'Knutepunkt', nn: 'Knutepunkt', en: 'Knutepunkt' },
  // The description search engines and link previews show for a page that has none of its own.
  'web.meta.description': {
    nb: 'Samarbeidsplattformen for Recovery-nettverk Midt-Norge og Knutepunkt for Recovery: gode eksempler, organisasjoner og nettverk i psykisk helse- og rusarbeid.',
    nn: 'Samarbeidsplattforma for Recovery-nettverk Midt-Norge og Knutepunkt for Recovery: gode døme, organisasjonar og nettverk i psykisk helse- og rusarbeid.',
    en: 'The collaboration platform of the Central Norway recovery network and Knutepunkt for Recovery: good practice, organisations and networks in mental health and substance use services.',
  },
  'web.nav.organisations': { nb: 'Organisasjoner', nn: 'Organisasjonar', en: 'Organisations' },
  'web.nav.networks': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
  'web.nav.signIn': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'web.nav.myPage': { nb: 'Min side', nn: 'Mi side', en: 'My page' },
  'web.nav.accessibility': {
    nb: 'Tilgjengelighetserklæring',
    nn: 'Tilgjengelegheitserklæring',
    en: 'Accessibility statement',
  },
  'web.footer.about': {
    nb: 'Knutepunkt er samarbeidsplattformen for Recovery-nettverk Midt-Norge og Knutepunkt for Recovery.',
    nn: 'Knutepunkt er samarbeidsplattforma for Recovery-nettverk Midt-Norge og Knutepunkt for Recovery.',
    en: 'Knutepunkt is the collaboration platform of Recovery-nettverk Midt-Norge (the Central Norway recovery network) and Knutepunkt for Recovery.',
  },
  'web.error.loadFailed': {
    nb: 'Kunne ikke hente innholdet',
    nn: 'Kunne ikkje hente innhaldet',
    en: 'Could not load the content',
  },
  'web.error.reload': { nb: 'Last inn siden på nytt', nn: 'Last inn sida på nytt', en: 'Reload the page' },

  'web.pagination.label': { nb: 'Sider', nn: 'Sider', en: 'Pages' },
  'web.pagination.previous': { nb: 'Forrige side', nn: 'Førre side', en: 'Previous page' },
  'web.pagination.next': { nb: 'Neste side', nn: 'Neste side', en: 'Next page' },
  'web.pagination.page': { nb: 'Side {page}', nn: 'Side {page}', en: 'Page {page}' },
  'web.pagination.status': { nb: 'Side {page} av {total}', nn: 'Side {page} av {total}', en: 'Page {page} of {total}' },

  'web.home.title': { nb: 'Sammen om recovery', nn: 'Saman om recovery', en: 'Together for recovery' },
  'web.home.lead': {
    nb: 'Knutepunkt er et felles sted for Recovery-nettverk Midt-Norge og Knutepunkt for Recovery. Her finner du kommuner, spesialisthelsetjenester og bruker- og pårørendeorganisasjoner som vil gjøre psykisk helse- og rusarbeidet mer recoveryorientert.',
    nn: 'Knutepunkt er ein felles stad for Recovery-nettverk Midt-Norge og Knutepunkt for Recovery. Her finn du kommunar, spesialisthelsetenester og brukar- og pårørandeorganisasjonar som vil gjere psykisk helse- og rusarbeidet meir recoveryorientert.',
    en: 'Knutepunkt is a shared place for Recovery-nettverk Midt-Norge and Knutepunkt for Recovery. Here you will find municipalities, specialist health services, and user and next-of-kin organisations who want mental health and substance use work to support recovery.',
  },
  'web.home.recovery': {
    nb: 'Recovery handler om hver enkelts egen vei mot et godt liv, med eller uten symptomer. Mye av det som hjelper, handler om tilhørighet, håp, identitet, mening og egenmakt (ofte kalt CHIME). I nettverkene deler vi erfaringer og gode eksempler, og vi snakker ærlig om det som er vanskelig. Kunnskapen til dem som selv har brukt tjenestene, og til pårørende, har en sentral plass.',
    nn: 'Recovery handlar om kvar enkelt sin eigen veg mot eit godt liv, med eller utan symptom. Mykje av det som hjelper, handlar om tilhøyrsle, håp, identitet, meining og eigenmakt (ofte kalla CHIME). I nettverka deler vi erfaringar og gode døme, og vi snakkar ærleg om det som er vanskeleg. Kunnskapen til dei som sjølve har brukt tenestene, og til pårørande, har ein sentral plass.',
    en: "Recovery is each person's own path towards a good life, with or without symptoms. Much of what helps is about connectedness, hope, identity, meaning and empowerment (often called CHIME). In the networks we share experiences and good examples, and talk honestly about what is hard. The knowledge of people who have used the services themselves, and of their families, has a central place.",
  },
  'web.home.hubs': {
    nb: 'Knutepunkt for Recovery er de regionale brukerstyrte sentrene. De samordner nettverkene og samler dem til fagsamlinger omtrent to ganger i året.',
    nn: 'Knutepunkt for Recovery er dei regionale brukarstyrte sentera. Dei samordnar nettverka og samlar dei til fagsamlingar om lag to gonger i året.',
    en: 'Knutepunkt for Recovery is made up of the regional user-led centres. They coordinate the networks and bring them together about twice a year.',
  },
  'web.home.toDirectory': { nb: 'Finn organisasjoner', nn: 'Finn organisasjonar', en: 'Find organisations' },
  'web.home.toNetworks': { nb: 'Se nettverkene', nn: 'Sjå nettverka', en: 'See the networks' },
  'web.home.networksHeading': { nb: 'Nettverkene', nn: 'Nettverka', en: 'The networks' },
  'web.home.networksLoading': {
    nb: 'Laster inn nettverkene …',
    nn: 'Lastar inn nettverka …',
    en: 'Loading the networks …',
  },
  'web.home.joinHeading': {
    nb: 'Jobber du med recovery?',
    nn: 'Arbeider du med recovery?',
    en: 'Do you work with recovery?',
  },
  'web.home.joinText': {
    nb: 'Opprett en konto og be om å bli knyttet til organisasjonen din.',
    nn: 'Opprett ein konto og be om å bli knytt til organisasjonen din.',
    en: 'Create an account and ask to be linked to your organisation.',
  },
  'web.home.register': { nb: 'Opprett konto', nn: 'Opprett konto', en: 'Create an account' },

  'web.a11y.title': {
    nb: 'Tilgjengelighetserklæring',
    nn: 'Tilgjengelegheitserklæring',
    en: 'Accessibility statement',
  },
  'web.a11y.intro': {
    nb: 'Knutepunkt skal kunne brukes av alle, også med skjermleser, bare tastatur, forstørring eller på en liten mobilskjerm. Denne erklæringen gjelder den åpne delen av Knutepunkt og Min side.',
    nn: 'Knutepunkt skal kunne brukast av alle, òg med skjermlesar, berre tastatur, forstørring eller på ein liten mobilskjerm. Denne erklæringa gjeld den opne delen av Knutepunkt og Mi side.',
    en: 'Everyone should be able to use Knutepunkt, including with a screen reader, a keyboard only, magnification or a small phone screen. This statement covers the public part of Knutepunkt and My page.',
  },
  'web.a11y.standardHeading': { nb: 'Kravene vi følger', nn: 'Krava vi følgjer', en: 'The standard we follow' },
  'web.a11y.standard': {
    nb: 'Etter forskrift om universell utforming av IKT-løsninger skal nettsteder oppfylle kravene i WCAG 2.1 (Web Content Accessibility Guidelines) på nivå A og AA, slik forskriften lister dem opp. Det er målet for Knutepunkt.',
    nn: 'Etter forskrift om universell utforming av IKT-løysingar skal nettstader oppfylle krava i WCAG 2.1 (Web Content Accessibility Guidelines) på nivå A og AA, slik forskrifta listar dei opp. Det er målet for Knutepunkt.',
    en: 'Under the Norwegian regulations on universal design of ICT solutions (forskrift om universell utforming av IKT-løsninger), websites must meet the WCAG 2.1 (Web Content Accessibility Guidelines) success criteria at levels A and AA that the regulations list. That is the goal for Knutepunkt.',
  },
  'web.a11y.howBuilt': {
    nb: 'Vi bygger med Designsystemet, fellesløsningen for offentlig sektor, og tester med tastatur, skjermleser, 200 % forstørring og en skjermbredde på 320 piksler. Hele grensesnittet finnes på bokmål, nynorsk og engelsk.',
    nn: 'Vi byggjer med Designsystemet, fellesløysinga for offentleg sektor, og testar med tastatur, skjermlesar, 200 % forstørring og ei skjermbreidd på 320 pikslar. Heile grensesnittet finst på bokmål, nynorsk og engelsk.',
    en: "We build with Designsystemet, the Norwegian public sector's shared design system, and test with a keyboard, a screen reader, 200 % zoom and a screen 320 pixels wide. The whole interface is available in Norwegian Bokmål, Norwegian Nynorsk and English.",
  },
  'web.a11y.limitationsHeading': { nb: 'Kjente mangler', nn: 'Kjende manglar', en: 'Known limitations' },
  'web.a11y.limitations': {
    nb: 'Vi kjenner ikke til brudd på kravene per i dag. Nettstedet er nytt og blir fortsatt testet, både automatisk og av mennesker. Finner vi feil, skriver vi dem opp her, sammen med når vi regner med å ha rettet dem. Tekst som organisasjonene skriver selv, vises på språket den er skrevet på.',
    nn: 'Vi kjenner ikkje til brot på krava per i dag. Nettstaden er ny og blir framleis testa, både automatisk og av menneske. Finn vi feil, skriv vi dei opp her, saman med når vi reknar med å ha retta dei. Tekst som organisasjonane skriv sjølve, blir vist på språket han er skriven på.',
    en: 'We know of no failures to meet the requirements at present. The site is new and is still being tested, both automatically and by people. When we find faults, we will list them here with when we expect to have fixed them. Text written by the organisations themselves is shown in the language it was written in.',
  },
  'web.a11y.feedbackHeading': { nb: 'Gi oss beskjed', nn: 'Gje oss beskjed', en: 'Tell us' },
  'web.a11y.feedback': {
    nb: 'Er noe vanskelig å bruke eller å forstå? Send en e-post til',
    nn: 'Er noko vanskeleg å bruke eller å forstå? Send ein e-post til',
    en: 'Is something hard to use or understand? Send an e-mail to',
  },
  'web.a11y.placeholderNote': {
    nb: '(Dette er en eksempeladresse som byttes ut med den riktige før nettstedet tas i bruk.)',
    nn: '(Dette er ei eksempeladresse som blir bytt ut med den rette før nettstaden blir teken i bruk.)',
    en: '(This is a placeholder address, to be replaced with the real one before the site goes live.)',
  },
  'web.a11y.feedbackWhat': {
    nb: 'Skriv gjerne hvilken side det gjelder, hva du prøvde å gjøre, og hva slags hjelpemiddel du bruker. Vi svarer så snart vi kan.',
    nn: 'Skriv gjerne kva side det gjeld, kva du prøvde å gjere, og kva slags hjelpemiddel du brukar. Vi svarar så snart vi kan.',
    en: 'It helps if you tell us which page it is about, what you were trying to do, and what assistive technology you use. We will reply as soon as we can.',
  },
  'web.a11y.complaintHeading': { nb: 'Klage', nn: 'Klage', en: 'Complaints' },
  'web.a11y.complaint': {
    nb: 'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT (Uu-tilsynet) i Digitaliseringsdirektoratet. Uu-tilsynet fører tilsyn med at nettsteder følger kravene.',
    nn: 'Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du melde frå til Tilsynet for universell utforming av IKT (Uu-tilsynet) i Digitaliseringsdirektoratet. Uu-tilsynet fører tilsyn med at nettstader følgjer krava.',
    en: 'If you get no answer, or are not satisfied with it, you can report it to the Authority for Universal Design of ICT (Uu-tilsynet) at the Norwegian Digitalisation Agency. Uu-tilsynet checks that websites meet the requirements.',
  },
  'web.a11y.complaintHow': {
    nb: 'På nettstedet til Uu-tilsynet finner du et skjema for å melde fra om mangler ved et nettsted:',
    nn: 'På nettstaden til Uu-tilsynet finn du eit skjema for å melde frå om manglar ved ein nettstad:',
    en: "Uu-tilsynet's website has a form for reporting problems with a website:",
  },
  'web.a11y.complaintLink': { nb: 'uutilsynet.no', nn: 'uutilsynet.no', en: 'uutilsynet.no' },
  'web.a11y.aboutHeading': { nb: 'Om denne erklæringen', nn: 'Om denne erklæringa', en: 'About this statement' },
  'web.a11y.about': {
    nb: 'Erklæringen ble sist oppdatert i november 2026.',
    nn: 'Erklæringa vart sist oppdatert i november 2026.',
    en: 'This statement was last updated in November 2026.',
  },
});
