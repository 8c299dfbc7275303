import type { HeldMeetingData } from './meetings-shape.ts';

/**
 * The older held meeting, in nynorsk: the network met in Molde about eleven months before the
 * demo's `now`. The contributions follow the Sandnes gathering's questions (an event from the
 * past year, more of / less of, something new, and a status table of the goals); organisations
 * answer in their own written standard. Written for the demo, from the facts in
 * /work/shared/seeds (001, 004), not copied.
 */

export const GOALS_NN = [
  'Erfaringskonsulentar i alle kommunane',
  'Bruker Spør Bruker-undersøking i minst éi teneste',
  'Recovery-kurs for innbyggjarane',
  'Pårørandearbeid: faste dialogmøte',
  'Systematiske tilbakemeldingar (FIT) i tenestene',
  'Eigenerfaring etterspurd i stillingsutlysingar',
] as const;

export const MOLDE: HeldMeetingData = {
  slug: 'nettverkssamling-i-molde',
  title: 'Nettverkssamling i Molde',
  description:
    'Samlinga er lagd til Molde, så medlemene i Møre og Romsdal slepp den lange vegen til Trondheim. ' +
    'Temaet er **erfaringskompetanse i kommunane**: korleis kjem ein i gang med å tilsetje erfaringskonsulentar, ' +
    'og kva treng dei for å trivast og bli verande?\n\n' +
    'Send inn innspelet frå organisasjonen dykkar før fristen, så set vi saman ei oversikt til dagen.',
  language: 'nn',
  daysFromNow: -330,
  startTime: '10:00',
  hours: 6,
  mode: 'in_person',
  venueName: 'Molde rådhus',
  venueAddress: '6413 Molde',
  capacity: 30,
  perOrganisationLimit: 4,
  agenda: [
    { at: 0, title: 'Velkomen og kaffi', kind: 'talk', leader: 'Molde kommune' },
    {
      at: 0.5,
      title: 'Sidan sist',
      kind: 'since_last',
      description: 'Kort runde: kva har kvar organisasjon fått til sidan førre samling?',
    },
    {
      at: 1.25,
      title: 'Ei hending frå året som gjekk',
      kind: 'talk',
      description: 'Organisasjonane som vart bedne om det, legg fram innspelet sitt på fem minutt.',
    },
    { at: 2.25, title: 'Pause', kind: 'break' },
    {
      at: 2.5,
      title: 'Erfaringskonsulentar i kommunen: korleis kom vi i gang?',
      kind: 'talk',
      leader: 'Molde kommune',
    },
    { at: 3.5, title: 'Lunsj', kind: 'meal' },
    {
      at: 4.25,
      title: 'Gruppearbeid: meir av, mindre av, heilt nytt',
      kind: 'group_work',
      description: 'Blanda grupper på tvers av kommunar, spesialisthelseteneste og brukarorganisasjonar.',
    },
    { at: 5.25, title: 'Oppsummering og avtalar til neste gong', kind: 'talk', leader: 'KBT Midt-Norge' },
  ],
  prompts: {
    questions: [
      'Ei hending frå det siste året som de er glade for',
      'Kva vil de gjere meir av, og kva vil de gjere mindre av?',
      'Kva vil de prøve som er heilt nytt?',
    ],
    table: 'Status for måla til nettverket',
    goals: GOALS_NN,
  },
  contributions: [
    {
      organisation: 'molde-kommune',
      by: 'nils',
      status: 'sent',
      texts: [
        'Vi fekk den første erfaringskonsulenten vår i fast stilling i psykisk helseteneste. Ho har alt endra måten vi snakkar om brukarane på i teammøta.',
        'Meir refleksjon i små grupper med case frå eigen praksis. Mindre tid på rapportar som ingen les.',
        'Ein open kafé ein ettermiddag i veka der brukarar, pårørande og tilsette møtest utan avtale.',
      ],
      present: [0, 3],
      goals: [
        ['done', 'Éi stilling frå i år, ei til er søkt om.'],
        ['not_started', ''],
        ['in_progress', 'Planlegg første kurs saman med Mental Helse.'],
        ['done', 'To dialogmøte i året.'],
        ['in_progress', 'Opplæringa er ferdig, verktøyet kjem.'],
        ['not_started', 'Må takast opp med personalavdelinga.'],
      ],
    },
    {
      organisation: 'kbt-midt-norge',
      by: 'kari',
      status: 'sent',
      texts: [
        'Bruker Spør Bruker-evalueringa av eit dagtilbod gav tilsette og brukarar eit felles språk om kva som hjelper.',
        'Vi vil gjere meir saman med kommunane, ikkje berre for dei. Mindre av lange foredrag, meir av samtalar.',
        'Ein nettverksdag der brukarrepresentantane sjølve lagar programmet.',
      ],
      present: [0],
      goals: [
        ['not_relevant', 'Gjeld kommunane.'],
        ['done', 'Gjennomført i eitt dagtilbod.'],
        ['in_progress', 'Bidreg med kurshaldarar.'],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['done', 'Står i alle utlysingane våre.'],
      ],
    },
    {
      organisation: 'malvik-kommune',
      by: 'vigdis',
      status: 'sent',
      texts: [
        'Tre brukere holdt innlegg for alle ansatte på fagdagen. Det var det mest omtalte innslaget hele året.',
        'Mer av: å gjøre ting sammen med dem vi hjelper. Mindre av: å kreve at folk er «klare» før de får prøve ordinære tilbud.',
        'Vi vil prøve ut en Bruker Spør Bruker-undersøkelse i eget botilbud.',
      ],
      goals: [
        ['not_started', 'Ønsker det, mangler midler.'],
        ['not_started', 'Vil gjerne samarbeide med KBT.'],
        ['not_started', ''],
        ['in_progress', 'Første dialogmøte er holdt.'],
        ['done', 'I bruk i hele teamet.'],
        ['in_progress', ''],
      ],
    },
    {
      organisation: 'st-olavs-hospital-klinikk-for-psykisk-helsevern',
      by: 'kristin',
      status: 'sent',
      texts: [
        'Pasienter kan nå legge seg inn selv på brukerstyrte plasser ved en av døgnenhetene våre. Erfaringene så langt er gode.',
        'Mer samarbeid med kommunene før utskriving. Mindre møter om pasienten der pasienten selv ikke er med.',
        '',
      ],
      present: [0],
      goals: [
        ['in_progress', 'To erfaringskonsulenter i klinikken.'],
        ['not_started', ''],
        ['not_relevant', ''],
        ['in_progress', 'Pårørendesamtaler på alle enheter.'],
        ['in_progress', 'Prøves ut på poliklinikk.'],
        ['done', ''],
      ],
    },
    {
      organisation: 'mental-helse-trondelag',
      by: 'aase',
      status: 'sent',
      texts: [
        'Likepersonane våre var med og planla eit kurs saman med kommunen, ikkje berre som gjester på slutten.',
        'Meir brukarmedverknad tidleg i prosjekta. Mindre av å bli spurd når alt alt er bestemt.',
        'Ei opplæring for brukarrepresentantar i korleis ein sit i arbeidsgrupper.',
      ],
      present: [2],
      goals: [
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['in_progress', 'Med i planlegginga i to kommunar.'],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['not_relevant', ''],
      ],
    },
    {
      organisation: 'lpp-trondelag',
      by: 'elin',
      status: 'sent',
      texts: [
        'Vi holdt et kurs for pårørende om å stå i det over tid, med over tjue deltakere.',
        'Mer: at pårørende blir spurt tidlig. Mindre: at taushetsplikt blir en grunn til å ikke snakke med oss i det hele tatt.',
        'Et felles dialogmøte for pårørende i hele regionen.',
      ],
      goals: [
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['not_relevant', ''],
        ['in_progress', 'Vil gjerne være med i kommunenes møter.'],
        ['not_relevant', ''],
        ['not_relevant', ''],
      ],
    },
  ],
  registrations: {
    attended: [
      'nils',
      'ragnhild',
      'sindre',
      'anja',
      'bjorn',
      'cecilie',
      'frode',
      'gunn',
      'kristin',
      'lars',
      'tone',
      'vigdis',
      'yngve',
      'aase',
      'oyvind',
      'elin',
    ],
    noShow: ['william', 'ulrik'],
    cancelled: ['hassan', 'marte'],
  },
  minutes: {
    visibility: 'network',
    body: `Samlinga i Molde samla folk frå alle dei ni organisasjonane i nettverket. Molde kommune var vertskap.

## Innspel frå organisasjonane

Molde kommune fortalde om den første erfaringskonsulenten i fast stilling, og korleis det har endra samtalane i teamet. St. Olavs hospital la fram erfaringane med brukarstyrte plassar. KBT Midt-Norge viste korleis ei Bruker Spør Bruker-evaluering gav tilsette og brukarar eit felles språk.

Oversikta over måla viser at dei fleste kommunane er i gang med FIT, men at få har erfaringskonsulentar i fast stilling.

## Gruppearbeid: meir av, mindre av, heilt nytt

- **Meir av:** refleksjon i små grupper, å gjere ting *saman med* brukarane, å spørje pårørande tidleg.
- **Mindre av:** møte om folk utan at dei sjølve er med, og å krevje at nokon er «klare» før dei får prøve vanlege tilbod.
- **Heilt nytt:** opne kafear, ein nettverksdag der brukarrepresentantane lagar programmet.

## Oppfølging

Oppfølgingspunkta står under referatet, med ansvarleg organisasjon og frist. Vi går gjennom dei under «sidan sist» på neste samling.`,
  },
  actionPoints: [
    {
      what: 'Lage ei felles rettleiing for korleis kommunane kan tilsetje og følgje opp erfaringskonsulentar',
      organisations: ['molde-kommune', 'napha'],
      dueInDays: 120,
      history: [
        {
          status: 'in_progress',
          comment: 'Utkastet er sendt til kommunane i nettverket for innspel.',
          by: 'tone',
          daysAfter: 40,
        },
        {
          status: 'done',
          comment: 'Rettleiinga er ferdig og sendt ut til alle medlemene i nettverket.',
          by: 'nils',
          daysAfter: 110,
        },
      ],
    },
    {
      what: 'Prøve ut Bruker Spør Bruker i ei kommunal teneste',
      organisations: ['kbt-midt-norge', 'malvik-kommune'],
      dueInDays: 300,
      history: [
        {
          status: 'in_progress',
          comment: 'Intervjuerne fra KBT har fått opplæring. Intervjuene i botilbudet starter neste måned.',
          by: 'vigdis',
          daysAfter: 90,
        },
      ],
    },
    {
      what: 'Skipe eit felles dialogmøte for pårørande i Møre og Romsdal',
      organisations: ['lpp-trondelag', 'molde-kommune'],
      dueInDays: 180,
      history: [
        {
          status: 'dropped',
          comment:
            'Vi fant ingen dato som passet alle, og Molde har nå egne dialogmøter. Vi tar det opp igjen ved behov.',
          by: 'elin',
          daysAfter: 160,
        },
      ],
    },
  ],
  evaluation: {
    ratingQuestion: 'Kor nyttig var samlinga for deg?',
    textQuestions: ['Kva tek du med deg heim?', 'Kva bør vi gjere annleis neste gong?'],
    // Fewer than five answered: the coordinators see only the count.
    answers: [
      [5, 'Korleis Molde fekk til den faste stillinga.', ''],
      [4, 'Ideen om ein open kafé.', 'Meir tid til gruppearbeidet.'],
      [4, '', ''],
    ],
  },
};
