import type { EvaluationData } from './evaluations-shape.ts';

/**
 * The evaluation still collecting, in nynorsk: Molde kommune has asked KBT Midt-Norge to hear
 * the users of a day service. Two group interviews are held, their notes only partly written,
 * and the questionnaire is open for answers on the web. Everything is made up for the demo, and
 * the agreement says so; the notes read like real ones yet hold nothing the re-identification
 * check flags. Days are counted from the day the demo is seeded.
 */
export const DAGTILBODET: EvaluationData = {
  slug: 'brukarevaluering-av-dagtilbodet',
  title: 'Brukarevaluering av dagtilbodet',
  language: 'nn',
  service: 'molde-kommune',
  commissioner: 'molde-kommune',
  centre: 'kbt-midt-norge',
  purpose:
    'Molde kommune vil vite korleis brukarane opplever dagtilbodet innan psykisk helse og rus, og kva som kan bli betre. ' +
    'Evalueringa skal gje kommunen råd som byggjer på det brukarane sjølve fortel.\n\n' +
    '*Oppdikta døme til demoen: dagtilbodet, intervjua, notata og svara finst ikkje.*',
  questions:
    '- Kva betyr dagtilbodet for dei som brukar det?\n' +
    '- Korleis får brukarane vere med og forme tilbodet?\n' +
    '- Kva manglar, og kva kan gjerast annleis?',
  scope: 'Alle som har brukt dagtilbodet det siste året. Dei tilsette blir ikkje intervjua.',
  targetGroups: 'Faste brukarar, nye brukarar og dei som kjem sjeldan.',
  consentText:
    'Det er frivillig å vere med, og du kan trekkje deg når som helst utan å seie kvifor. Vi skriv ikkje ned namnet ditt. ' +
    'Notata blir lagra krypterte og sletta når oppfølginga er ferdig. Det du seier, kan bli brukt som sitat i rapporten, ' +
    'men aldri slik at nokon kan kjenne deg att.',
  methods: ['group_interviews', 'individual_interviews', 'questionnaire'],
  planned: { groupInterviews: 4, individualInterviews: 2, participants: 20, responses: 40 },
  retentionMonths: 6,
  days: { created: -70, agreementSigned: -60, starts: -45, ends: 75, training: -50, guide: -40 },
  training: 'Opplæring i Bruker Spør Bruker-metoden (KBT Midt-Norge, to dagar)',
  guide: [
    {
      key: 't1',
      title: 'Kvardagen på dagtilbodet',
      questions: [
        { key: 'q1', text: 'Korleis ser ein vanleg dag her ut for deg?' },
        { key: 'q2', text: 'Kva er det beste med å kome hit?' },
      ],
    },
    {
      key: 't2',
      title: 'Medverknad',
      questions: [
        { key: 'q3', text: 'Korleis får du vere med og bestemme kva som skjer?' },
        { key: 'q4', text: 'Kva ville du ha endra på?' },
      ],
    },
    {
      key: 't3',
      title: 'Vegen vidare',
      questions: [
        { key: 'q5', text: 'Har dagtilbodet hjelpt deg vidare, til dømes mot arbeid eller skule?' },
        { key: 'q6', text: 'Kva treng du meir av?' },
      ],
    },
  ],
  interviews: [
    {
      code: 'G1',
      kind: 'group',
      day: -12,
      participants: 6,
      notes: {
        q1:
          'Dei fleste kjem tre eller fire dagar i veka. Dagen byrjar med kaffi og ein prat, så er det verkstad eller kjøkken fram til lunsj. ' +
          'Fleire sa at det faste opplegget gjer det lettare å kome seg opp om morgonen.',
        q2:
          'Fellesskapet, og at ingen dømer deg. Ein sa: «Her treng eg ikkje forklare kvifor eg har ein dårleg dag.» ' +
          'Fleire trekte fram kjøkkenet, der dei lagar lunsj til alle.',
        q3: 'Gruppa var usikker. Brukarrådet finst, men få visste kven som sit der. Forslag om å ta opp saker på morgonmøtet i staden.',
      },
    },
    {
      code: 'G2',
      kind: 'group',
      day: -5,
      participants: 4,
      notes: {
        q1: 'Gruppa kjem sjeldnare, ein eller to dagar i veka. Nokre har arbeidstrening andre stader i tillegg. Ønskjer meir fleksible tider.',
        q2: 'Å ha noko å gjere med hendene. Verkstaden vart nemnd av alle. Nokre saknar turane ut i naturen som dei hadde før.',
      },
    },
  ],
  questionnaire: {
    title: 'Kva meiner du om dagtilbodet?',
    intro: 'Skjemaet er anonymt, og du treng ikkje svare på alt. Lenkja kan berre brukast éin gong.',
    status: 'open',
    questions: [
      {
        kind: 'single',
        text: 'Kor ofte er du på dagtilbodet?',
        options: ['Fleire gonger i veka', 'Om lag ein gong i veka', 'Sjeldnare'],
      },
      { kind: 'scale', text: 'Eg får vere med og bestemme kva vi gjer.', options: ['Heilt ueinig', 'Heilt einig'] },
      { kind: 'text', text: 'Er det noko anna du vil seie?' },
    ],
    texts: ['Gode folk og god mat.'],
    mode: 'web',
    days: [-4, -2, -1],
    responses: [
      [0, 4, 0],
      [1, 3, null],
      [0, 5, null],
    ],
    unusedLinks: 7,
  },
};
