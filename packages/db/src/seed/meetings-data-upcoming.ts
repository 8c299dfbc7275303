import type { AgendaData, ContributionData } from './meetings-shape.ts';

/**
 * The upcoming meeting in Trondheim (bokmål): its agenda, who has registered, and the
 * contributions that have come in so far. Trondheim kommune has not written yet, on purpose:
 * the demo editor (Rune) has one to write, and the e2e test writes it.
 */

export const UPCOMING_AGENDA: readonly AgendaData[] = [
  { at: 0, title: 'Velkommen og runde rundt bordet', kind: 'talk', leader: 'KBT Midt-Norge' },
  {
    at: 0.5,
    title: 'Siden sist: hva har vi prøvd ut?',
    kind: 'since_last',
    description: 'Hver organisasjon forteller kort om det den tok på seg ved forrige samling.',
  },
  { at: 1.5, title: 'Pause', kind: 'break' },
  {
    at: 1.75,
    title: 'Brukermedvirkning i praksis',
    kind: 'talk',
    leader: 'Mental Helse Trøndelag',
    description: 'Erfaringer fra brukerrepresentanter i kommunale tjenester: hva gjør medvirkningen ekte?',
  },
  { at: 3, title: 'Lunsj', kind: 'meal' },
  {
    at: 3.75,
    title: 'Gruppearbeid: neste steg i egen tjeneste',
    kind: 'group_work',
    description: 'Vi jobber i grupper på tvers av kommuner og avslutter med hva hver enkelt tar med seg hjem.',
  },
];

/**
 * Seats: 24, at most 4 per organisation. 22 are taken, so two are free; the three on the
 * waiting list are from organisations that already have four, which is why they wait although
 * seats are free. Mental Helse Trøndelag has one, so the demo member can still register.
 */
export const UPCOMING_CAPACITY = 24;
export const UPCOMING_PER_ORGANISATION = 4;

/** Arrival order: [person key, status]. */
export const UPCOMING_REGISTRATIONS: ReadonlyArray<readonly [string, 'confirmed' | 'waiting' | 'cancelled']> = [
  ['anja', 'confirmed'],
  ['frode', 'confirmed'],
  ['kristin', 'confirmed'],
  ['nils', 'confirmed'],
  ['tone', 'confirmed'],
  ['bjorn', 'confirmed'],
  ['gunn', 'confirmed'],
  ['vigdis', 'confirmed'],
  ['lars', 'confirmed'],
  ['oyvind', 'cancelled'],
  ['ragnhild', 'confirmed'],
  ['yngve', 'confirmed'],
  ['aase', 'confirmed'],
  ['cecilie', 'confirmed'],
  ['hassan', 'confirmed'],
  ['marte', 'confirmed'],
  ['ulrik', 'confirmed'],
  ['dag', 'confirmed'],
  ['ida', 'confirmed'],
  ['eirin', 'waiting'],
  ['william', 'confirmed'],
  ['nora', 'confirmed'],
  ['jon', 'waiting'],
  ['zara', 'confirmed'],
  ['sindre', 'confirmed'],
  ['ole', 'waiting'],
];

/** The sensitive answers some gave when registering (kept until the clean-up after the meeting). */
export const UPCOMING_NEEDS: Readonly<
  Record<
    string,
    {
      dietary?: string;
      wheelchair?: boolean;
      hearingLoop?: boolean;
      otherAccessNeeds?: string;
      travelSupport?: boolean;
    }
  >
> = {
  frode: { dietary: 'Vegetar' },
  ragnhild: { wheelchair: true },
  kristin: { hearingLoop: true },
  aase: { travelSupport: true, dietary: 'Glutenfri' },
  tone: { dietary: 'Laktosefri' },
  sindre: { otherAccessNeeds: 'Treng å sitje nær døra.' },
};

export const UPCOMING_CONTRIBUTIONS: readonly ContributionData[] = [
  {
    organisation: 'kbt-midt-norge',
    by: 'kari',
    status: 'sent',
    texts: [
      'Den åpne dagen på Glimt ble holdt, og ansatte fra fire kommuner kom. Deltakerne på senteret viste fram og fortalte selv.',
      'Mer av at brukerrepresentanter er med fra første møte. Mindre av evalueringer som ingen følger opp etterpå.',
      'Et kurs for brukerrepresentanter i hvordan de kan stille krav, sammen med Mental Helse.',
    ],
    present: [0],
    goals: [
      ['not_relevant', ''],
      ['done', 'Evalueringen i Malvik er levert.'],
      ['in_progress', 'Kursholdere til Stjørdal.'],
      ['not_relevant', ''],
      ['not_relevant', ''],
      ['done', ''],
    ],
  },
  {
    organisation: 'molde-kommune',
    by: 'nils',
    status: 'sent',
    texts: [
      'Turgruppa etter modell frå Stjørdal går kvar veke, og to av deltakarane leier ho no sjølve.',
      'Meir av å spørje brukarane kva som hjelper, kvar gong. Mindre av skjema som ingen ser på att.',
      'Vi vil la ein brukarrepresentant vere med i leiargruppa sine møte ein gong i månaden.',
    ],
    present: [2],
    goals: [
      ['done', 'To faste stillingar.'],
      ['not_started', 'Vil gjerne samarbeide med KBT.'],
      ['done', 'Første kurs er halde.'],
      ['done', ''],
      ['done', ''],
      ['done', 'Står no i alle utlysingane.'],
    ],
  },
  {
    organisation: 'st-olavs-hospital-klinikk-for-psykisk-helsevern',
    by: 'kristin',
    status: 'sent',
    texts: [
      'Brukerrepresentanter var med fra første møte da vi la om pasientforløpet for unge voksne.',
      'Mer av felles møter med kommunene før utskriving. Mindre av epikriser som kommer etter at pasienten er hjemme.',
      'Vi vil prøve FIT på en døgnenhet.',
    ],
    goals: [
      ['in_progress', 'Tre erfaringskonsulenter nå.'],
      ['not_started', ''],
      ['not_relevant', ''],
      ['in_progress', ''],
      ['in_progress', 'Poliklinikken bruker det fast.'],
      ['done', ''],
    ],
  },
  {
    organisation: 'malvik-kommune',
    by: 'vigdis',
    status: 'draft',
    texts: [
      'Bruker Spør Bruker-rapporten fra botilbudet er ferdig, og vi har alt endret to rutiner etter den.',
      '',
      '',
    ],
    goals: [
      ['in_progress', 'Søknad om midler er sendt.'],
      ['done', ''],
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
    ],
  },
  {
    organisation: 'mental-helse-trondelag',
    by: 'aase',
    status: 'draft',
    texts: [
      'Brukarrepresentantane våre fekk opplæring saman med KBT, og fleire seier dei no tør å seie frå i møta.',
      'Meir av å bli spurd tidleg.',
      '',
    ],
    goals: [
      ['not_relevant', ''],
      ['not_relevant', ''],
      ['in_progress', ''],
      ['not_relevant', ''],
      ['not_relevant', ''],
      ['not_relevant', ''],
    ],
  },
];
