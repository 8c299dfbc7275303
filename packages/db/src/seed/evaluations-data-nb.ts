import type { CompletedEvaluationData } from './evaluations-shape.ts';
import { MOTEPLASSEN_OUTCOME } from './evaluations-data-nb-outcome.ts';
import { MOTEPLASSEN_SURVEY } from './evaluations-data-nb-survey.ts';

/**
 * The completed evaluation, in bokmål: Trondheim kommune asked KBT Midt-Norge to hear the users
 * of «Møteplassen», a user-run meeting place. Modelled on the kind of evaluation KBT describes
 * (its Bruker Spør Bruker evaluation of a user-run centre, /work/shared/seeds/001), but the
 * place, the interviews, the notes and the quotes are all made up for the demo, and the
 * agreement and the report say so. The notes are written like real ones, yet hold nothing that
 * the re-identification check flags (evaluations.test.ts checks every note and quote). Days are
 * counted from the publication day.
 */
export const MOTEPLASSEN: CompletedEvaluationData = {
  slug: 'brukerevaluering-av-moteplassen',
  title: 'Brukerevaluering av Møteplassen',
  language: 'nb',
  service: 'trondheim-kommune',
  commissioner: 'trondheim-kommune',
  centre: 'kbt-midt-norge',
  purpose:
    'Trondheim kommune vil vite hvordan brukerne opplever Møteplassen, et brukerstyrt treffsted for voksne med ' +
    'psykiske helse- eller rusutfordringer, og hva som kan bli bedre. Funnene skal gi vertskapet og kommunen ' +
    'konkrete forslag som bygger på brukernes egne erfaringer.\n\n' +
    '*Oppdiktet eksempel til demoen: Møteplassen, intervjuene, notatene og sitatene finnes ikke.*',
  questions:
    '- Hva betyr møteplassen for dem som bruker den?\n' +
    '- Hvordan opplever brukerne å være med og bestemme?\n' +
    '- Hva gjør at noen slutter å komme, og hva kan gjøres annerledes?',
  scope:
    'Alle som har vært på møteplassen det siste halvåret. De ansatte intervjues ikke; de får høre funnene på dialogmøtet.',
  targetGroups: 'Faste brukere, nye brukere (kommet det siste halvåret), vertskapet og noen som har sluttet å komme.',
  consentText:
    'Det er frivillig å være med, og du kan trekke deg når som helst uten å si hvorfor. Vi skriver ikke ned navnet ditt. ' +
    'Notatene lagres kryptert og slettes når oppfølgingen er ferdig. Det du sier, kan bli brukt som sitat i rapporten, ' +
    'men aldri slik at noen kan kjenne deg igjen.',
  methods: ['group_interviews', 'individual_interviews', 'questionnaire'],
  planned: { groupInterviews: 5, individualInterviews: 3, participants: 24, responses: 30 },
  // Kept past the 6-month follow-up, so the demo still has its notes and quotes to show.
  retentionMonths: 12,
  days: { created: -185, agreementSigned: -175, starts: -170, ends: -7, training: -160, guide: -150 },
  training: 'Opplæring i Bruker Spør Bruker-metoden (KBT Midt-Norge, to dager)',
  guide: [
    {
      key: 't1',
      title: 'Å komme til møteplassen',
      questions: [
        { key: 'q1', text: 'Hvordan var det å komme hit de første gangene?' },
        { key: 'q2', text: 'Hva gjør at du kommer tilbake, eller at du lar være?' },
      ],
    },
    {
      key: 't2',
      title: 'Fellesskap og medvirkning',
      questions: [
        { key: 'q3', text: 'Hvilke aktiviteter betyr mest for deg?' },
        { key: 'q4', text: 'Hvordan får du være med og bestemme det som skjer her?' },
        { key: 'q5', text: 'Er det noe du savner?' },
      ],
    },
    {
      key: 't3',
      title: 'Hverdagen og veien videre',
      questions: [
        { key: 'q6', text: 'Har det å komme hit endret noe i hverdagen din?' },
        { key: 'q7', text: 'Hvis du fikk bestemme, hvordan skulle møteplassen være om et år?' },
      ],
    },
  ],
  interviews: [
    {
      code: 'G1',
      kind: 'group',
      day: -120,
      participants: 5,
      notes: {
        q1:
          'Flere sa det var tungt å gå inn døra første gang. To hadde fått følge av noen de kjente, og det hjalp. ' +
          'En sa: «Jeg sto utenfor tre ganger før jeg gikk inn.» Vertskapet ble beskrevet som vennlig uten å være påtrengende.',
        q3: 'Lunsjen er det viktigste for de fleste. Et felles måltid gir en grunn til å komme og noe å snakke om. Turgruppa ble nevnt av tre.',
        q6:
          'Gruppa var enig om at faste dager gir struktur i uka. ' +
          'En fortalte at det er godt å ha et sted å gå der ingen spør hva du jobber med. Flere har fått nye bekjente her.',
      },
    },
    {
      code: 'G2',
      kind: 'group',
      day: -118,
      participants: 4,
      notes: {
        q1:
          'Tre av fire hadde hørt om stedet fra en venn. De visste ikke at det var brukerstyrt og trodde først det var et kommunalt kontor. ' +
          'Én syntes skiltet på døra var lite innbydende.',
        q2:
          'Det som fikk dem til å komme tilbake, var at noen husket dem andre gangen. Det som gjør det vanskelig, er at de samme ofte ' +
          'sitter sammen ved det store bordet. «Det er lett å føle seg som gjest i andres stue.»',
        q5: 'Ønsker åpent minst én kveld i uka. Flere er i jobb eller tiltak og rekker ikke å komme på dagtid.',
      },
    },
    {
      code: 'G3',
      kind: 'group',
      day: -112,
      participants: 6,
      notes: {
        q3:
          'Kreative aktiviteter trekkes fram: maling, perling og musikk. Noen vil ha mer fysisk aktivitet. ' +
          'Datamaskinen i hjørnet brukes mye til søknader og skjemaer, og flere ønsker hjelp med det.',
        q4:
          'Husmøtet er der ting bestemmes, men få går dit, og flere visste ikke når det var. ' +
          '«Husmøtet er bra, men det er alltid de samme som snakker.» Forslag: en tavle ved inngangen med saker og referat.',
        q6:
          'To sa at møteplassen var grunnen til at de kom seg ut av leiligheten i vinter. ' +
          'En annen sa at ansvaret for kaffen ga en følelse av å bety noe. «Her er jeg ikke en pasient, her er jeg en som lager kaffe.»',
      },
    },
    {
      code: 'G4',
      kind: 'group',
      day: -105,
      participants: 3,
      notes: {
        q2:
          'Alle i gruppa kommer sjelden eller har sluttet å komme. Grunnene var ulike: lang reisevei, dårlige bussforbindelser ' +
          'og at stemningen en periode var urolig. To kunne tenke seg å komme igjen hvis det fantes faste aktiviteter å melde seg på.',
        q7: 'Ønsker faste aktiviteter med påmelding, så man vet hvem som kommer, og husregler som gjelder likt for alle.',
      },
    },
    {
      code: 'G5',
      kind: 'group',
      day: -100,
      participants: 3,
      notes: {
        q4:
          'Vertskapet opplever stor frihet, men også mye ansvar. De savner opplæring i å håndtere konflikter ' +
          'og noen å ringe når det blir vanskelig. «Vi skal være vertskap, ikke vaktmestere.»',
        q5: 'Flere ønsker at kommunen sikrer faste penger til aktiviteter, så de slipper å søke om små beløp hele tiden.',
        q7: 'Vil gjerne ha flere i vertskapet, så ansvaret blir fordelt. Foreslår en fadderordning for nye.',
      },
    },
    {
      code: 'I1',
      kind: 'individual',
      day: -98,
      participants: 1,
      notes: {
        q1: 'Kom første gang etter tips fra hjemmetjenesten. Syntes det var lettere å komme tidlig på dagen, når det var få der.',
        q6: 'Beskriver møteplassen som et fast punkt i en ellers uforutsigbar hverdag. Har begynt å hjelpe til med lunsjen en dag i uka.',
      },
    },
    {
      code: 'I2',
      kind: 'individual',
      day: -95,
      participants: 1,
      notes: {
        q2: 'Kommer sjeldnere nå enn før. Synes det blir for mye støy når det er fullt, og savner et sted å trekke seg tilbake.',
        q5: 'Et skjermet rom med en sofa, der man kan sitte uten å måtte snakke med noen.',
      },
    },
    {
      code: 'I3',
      kind: 'individual',
      day: -90,
      participants: 1,
      notes: {
        q4: 'Har vært på husmøtet noen ganger og følte seg hørt. Forslaget om turgruppa kom derfra, og det ble gjennomført.',
        q7: 'Håper møteplassen fortsatt er brukerstyrt om et år. Er redd for at mer penger betyr at kommunen vil styre mer.',
      },
    },
  ],
  questionnaire: MOTEPLASSEN_SURVEY,
  ...MOTEPLASSEN_OUTCOME,
};
