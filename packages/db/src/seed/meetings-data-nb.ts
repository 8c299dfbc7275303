import type { HeldMeetingData, PromptsData } from './meetings-shape.ts';

/**
 * The recent held meeting, in bokmål: Stjørdal, about five months before the demo's `now`,
 * with public minutes and enough evaluation answers to show results. Contributions from
 * Molde and Mental Helse Trøndelag are in nynorsk, as those organisations write. Our own
 * words, from the facts in /work/shared/seeds (001, 004).
 */

export const GOALS_NB = [
  'Erfaringskonsulenter i alle kommuner',
  'Bruker Spør Bruker-undersøkelse i minst én tjeneste',
  'Recovery-kurs for innbyggerne',
  'Pårørendearbeid: faste dialogmøter',
  'Systematiske tilbakemeldinger (FIT) i tjenestene',
  'Egenerfaring etterspurt i stillingsutlysninger',
] as const;

/** The Sandnes questions in bokmål, for Stjørdal and the upcoming meeting. */
export const PROMPTS_NB: PromptsData = {
  questions: [
    'En hendelse fra det siste året som dere er glade for',
    'Hva vil dere gjøre mer av, og hva vil dere gjøre mindre av?',
    'Hva vil dere prøve som er helt nytt?',
  ],
  table: 'Status for nettverkets mål',
  goals: GOALS_NB,
};

export const STJORDAL: HeldMeetingData = {
  slug: 'nettverkssamling-pa-stjordal',
  title: 'Nettverkssamling på Stjørdal',
  description:
    'Denne gangen handler samlingen om **å lytte til brukerne**: hva lærer vi av Bruker Spør Bruker-evalueringer, ' +
    'og hvordan bruker tjenestene tilbakemeldingene de får gjennom FIT?\n\n' +
    'Du kan være med i salen eller digitalt.',
  language: 'nb',
  daysFromNow: -150,
  startTime: '09:30',
  hours: 6,
  mode: 'hybrid',
  venueName: 'Kimen kulturhus',
  venueAddress: '7500 Stjørdal',
  videoUrl: 'https://video.demo.knutepunkt.no/stjordal',
  capacity: 35,
  perOrganisationLimit: 4,
  agenda: [
    { at: 0, title: 'Velkommen', kind: 'talk', leader: 'Stjørdal kommune' },
    {
      at: 0.25,
      title: 'Siden sist: oppfølgingspunktene fra Molde',
      kind: 'since_last',
      description: 'Vi går gjennom punktene fra forrige samling, med status fra de ansvarlige.',
    },
    {
      at: 1,
      title: 'Bruker Spør Bruker: hva sa brukerne?',
      kind: 'talk',
      leader: 'KBT Midt-Norge',
      description: 'Hvordan intervjuer med egenerfaring får fram det vanlige spørreskjemaer ikke fanger opp.',
    },
    { at: 2, title: 'Pause', kind: 'break' },
    { at: 2.25, title: 'FIT i hverdagen: tilbakemelding hver gang', kind: 'talk', leader: 'Trondheim kommune' },
    { at: 3.25, title: 'Lunsj', kind: 'meal' },
    {
      at: 4,
      title: 'Gruppearbeid: mer av, mindre av, helt nytt',
      kind: 'group_work',
      description: 'Vi tar utgangspunkt i innspillene organisasjonene sendte før samlingen.',
    },
    { at: 5.25, title: 'Hva tar vi på oss til neste gang?', kind: 'talk', leader: 'KBT Midt-Norge' },
  ],
  prompts: PROMPTS_NB,
  contributions: [
    {
      organisation: 'stjordal-kommune',
      by: 'yngve',
      status: 'sent',
      texts: [
        'En bruker som har gått på dagsenteret i mange år, begynte å lede en turgruppe sammen med en ansatt.',
        'Mer av turgrupper og fysisk aktivitet i det vanlige nærmiljøet. Mindre av egne aktiviteter bare for brukere av tjenesten.',
        'Et recovery-kurs for innbyggerne, åpent for alle, med kursholdere som har egenerfaring.',
      ],
      present: [0, 2],
      goals: [
        ['in_progress', 'Én erfaringskonsulent i 50 % prosjektstilling.'],
        ['not_started', ''],
        ['not_started', 'Vil starte i løpet av året.'],
        ['done', 'To dialogmøter i året med pårørendeforumet.'],
        ['in_progress', ''],
        ['done', 'Vedtatt i ledergruppen.'],
      ],
    },
    {
      organisation: 'trondheim-kommune',
      by: 'rune',
      status: 'sent',
      texts: [
        'Et nytt kull på reSTART fullførte alle fire ukene, og flere fortsatte i en selvhjelpsgruppe de startet selv.',
        'Mer bruk av FIT-svarene i teamenes refleksjon. Mindre tid på å kartlegge før folk får hjelp.',
        'Vi vil la en erfaringskonsulent være med i inntaksteamet.',
      ],
      present: [3],
      goals: [
        ['done', 'Erfaringsmedarbeider i Recovery team.'],
        ['in_progress', 'Avtale med KBT om ett tilbud.'],
        ['done', ''],
        ['in_progress', ''],
        ['done', 'Brukes i reSTART og i stressmestringsgruppene.'],
        ['in_progress', 'Gjelder noen enheter, ikke alle.'],
      ],
    },
    {
      organisation: 'kbt-midt-norge',
      by: 'kari',
      status: 'sent',
      texts: [
        'Brukerintervjuerne våre gjennomførte sin første evaluering i en kommunal tjeneste sammen med Malvik.',
        'Mer av å møtes fysisk i regionen. Mindre av digitale møter der bare noen får ordet.',
        'En åpen dag på Glimt for ansatte i kommunene, der deltakerne på senteret er vertskap.',
      ],
      present: [0],
      goals: [
        ['not_relevant', ''],
        ['in_progress', 'Evaluering i Malvik pågår.'],
        ['in_progress', 'Stiller med kursholdere.'],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['done', ''],
      ],
    },
    {
      organisation: 'napha',
      by: 'tone',
      status: 'sent',
      texts: [
        'Veiledningen om erfaringskonsulenter som vi laget sammen med Molde, er tatt i bruk av flere kommuner.',
        'Mer av å gjøre verdiene synlige i hverdagen. Mindre av planer som stopper ved organisasjonskartet.',
        '',
      ],
      goals: [
        ['in_progress', 'Veiledning sendt ut; følger opp.'],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['not_relevant', ''],
      ],
    },
    {
      organisation: 'molde-kommune',
      by: 'nils',
      status: 'sent',
      texts: [
        'Den opne kaféen vår kom i gang, og no kjem det både brukarar, pårørande og naboar.',
        'Meir av å bruke tilboda som alt finst i kommunen. Mindre av tilbod som berre er for dei som har vedtak.',
        'Vi vil prøve ei felles turgruppe med Stjørdal-modellen som førebilete.',
      ],
      present: [0],
      goals: [
        ['done', 'To stillingar no.'],
        ['not_started', ''],
        ['in_progress', 'Det første kurset er planlagt.'],
        ['done', ''],
        ['done', 'Teke i bruk i heile tenesta.'],
        ['in_progress', 'Personalavdelinga er positiv.'],
      ],
    },
    {
      organisation: 'mental-helse-trondelag',
      by: 'aase',
      status: 'sent',
      texts: [
        'Fleire av brukarrepresentantane våre sit no i arbeidsgrupper frå starten av, ikkje berre i referansegrupper.',
        'Meir opplæring av brukarrepresentantar. Mindre av å få saker til uttale med to dagars frist.',
        'Vi vil gjerne vere med og planleggje pasientforløp saman med St. Olavs.',
      ],
      present: [2],
      goals: [
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['in_progress', 'Likepersonar er kurshaldarar.'],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['not_relevant', ''],
      ],
    },
  ],
  registrations: {
    attended: [
      'anja',
      'dag',
      'eirin',
      'frode',
      'ida',
      'jon',
      'kristin',
      'nora',
      'ole',
      'ragnhild',
      'nils',
      'tone',
      'ulrik',
      'vigdis',
      'william',
      'yngve',
      'zara',
      'aase',
      'elin',
    ],
    noShow: ['lars'],
    cancelled: ['gunn', 'sindre', 'oyvind'],
  },
  minutes: {
    visibility: 'public',
    body: `Stjørdal kommune var vertskap for samlingen på Kimen. Deltakerne kom fra alle organisasjonene i nettverket; noen var med digitalt.

## Siden sist

Veiledningen om erfaringskonsulenter fra Molde og NAPHA er ferdig og sendt ut. Bruker Spør Bruker i Malvik er i gang. Det felles dialogmøtet for pårørende ble lagt bort, siden Molde nå har egne møter.

## Bruker Spør Bruker og FIT

KBT Midt-Norge fortalte hvordan intervjuere med egenerfaring får andre svar enn et spørreskjema: folk forteller mer når de snakker med noen som har vært i samme situasjon. Trondheim kommune viste hvordan teamene i reSTART bruker tilbakemeldingene fra FIT i hver samtale, og hvordan svarene tas opp i teamets refleksjon.

## Gruppearbeid: mer av, mindre av, helt nytt

- **Mer av:** aktiviteter i nærmiljøet i stedet for egne tilbud bare for brukere, og brukerrepresentanter med fra starten av.
- **Mindre av:** lange kartlegginger før folk får hjelp, og høringer med svært korte frister.
- **Helt nytt:** recovery-kurs åpne for alle innbyggere, og en åpen dag på Glimt Recoverysenter.

## Oppfølgingspunkter

Punktene står under referatet, med ansvarlig organisasjon og frist. De ansvarlige oppdaterer status underveis, og vi går gjennom dem på neste samling.`,
  },
  actionPoints: [
    {
      what: 'Starte et recovery-kurs for innbyggerne, med kursholdere som har egenerfaring',
      organisations: ['stjordal-kommune'],
      dueInDays: 200,
      history: [
        {
          status: 'in_progress',
          comment:
            'Kursplanen er klar, og vi har to kursholdere med egenerfaring. Første kurs er planlagt om to måneder.',
          by: 'yngve',
          daysAfter: 45,
        },
      ],
    },
    {
      what: 'Spørre etter egenerfaring som ønsket kompetanse i alle utlysninger av fagstillinger',
      organisations: ['trondheim-kommune', 'malvik-kommune'],
      dueInDays: 120,
      history: [],
    },
    {
      what: 'Skrive to eksempler fra nettverket inn i praksisbanken',
      organisations: ['kbt-midt-norge', 'napha'],
      dueInDays: 60,
      history: [
        {
          status: 'in_progress',
          comment: 'Vi har valgt reSTART og stressmestringsgruppen.',
          by: 'tone',
          daysAfter: 20,
        },
        { status: 'done', comment: 'Begge eksemplene er publisert i praksisbanken.', by: 'kari', daysAfter: 55 },
      ],
    },
    {
      what: 'Invitere bruker- og pårørenderepresentanter inn i arbeidet med nye pasientforløp',
      organisations: ['st-olavs-hospital-klinikk-for-psykisk-helsevern', 'mental-helse-trondelag'],
      dueInDays: 150,
      history: [],
    },
  ],
  evaluation: {
    ratingQuestion: 'Hvor nyttig var samlingen for deg?',
    textQuestions: ['Hva tar du med deg hjem?', 'Hva bør vi gjøre annerledes neste gang?'],
    // Eight answers: the results are shown. Only three wrote something to the second question,
    // so that question's texts stay hidden (fewer than five).
    answers: [
      [5, 'Hvordan intervjuere med egenerfaring får folk til å fortelle.', ''],
      [4, 'Ideen om turgrupper i nærmiljøet.', 'Mer tid til gruppearbeidet.'],
      [5, 'At FIT-svarene faktisk brukes i teamets refleksjon.', ''],
      [3, '', 'Lyden for oss som var med digitalt var dårlig.'],
      [4, 'Recovery-kurs åpent for alle.', ''],
      [5, 'Å høre om brukerrepresentanter som er med fra starten.', ''],
      [4, 'Kontakter i nabokommunen.', 'Send innspillene ut før samlingen.'],
      [2, '', ''],
    ],
  },
};
