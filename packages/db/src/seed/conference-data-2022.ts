import type { EditionData, RoomData, SpeakerData, TrackData, TypeData } from './conference-shape.ts';

/**
 * The national recovery conference of autumn 2022, as the demo shows it: arranged by the
 * regional user-led centres with NAPHA and Erfaringssentrum, with partner organisations. The
 * programme, speakers and texts are made up for the demo (written in our own words); only the
 * title, subtitle, season and organisers come from the public description.
 */

const ROOMS: RoomData[] = [
  {
    key: 'stor',
    name: 'Storsalen',
    capacity: 400,
    floor: '1. etasje',
    hearingLoop: true,
    stepFree: true,
    interpreted: true,
    accessibilityNote:
      'Teleslynge i hele salen. Tegnspråktolk står til venstre for scenen. Rullestolplasser på første rad.',
  },
  {
    key: 'b',
    name: 'Sal B',
    capacity: 120,
    floor: '1. etasje',
    hearingLoop: true,
    stepFree: true,
    accessibilityNote: 'Teleslynge. Inngang uten trinn fra foajeen.',
  },
  {
    key: 'nidaros',
    name: 'Møterom Nidaros',
    capacity: 40,
    floor: '2. etasje',
    stepFree: true,
    accessibilityNote: 'Heis fra foajeen. Ingen teleslynge; be om mikrofon hvis du trenger det.',
  },
  {
    key: 'munkholmen',
    name: 'Møterom Munkholmen',
    capacity: 30,
    floor: '2. etasje',
    accessibilityNote: 'Tre trinn opp fra gangen; bruk Møterom Nidaros om du trenger trinnfri adgang.',
  },
];

const TRACKS: TrackData[] = [
  {
    key: 'rett',
    name: 'Menneskerettigheter',
    colour: '#1f5f8b',
    description: 'Tvang, rettssikkerhet og retten til å bli hørt i psykisk helse og rus.',
  },
  {
    key: 'borger',
    name: 'Medborgerskap',
    colour: '#2e6b30',
    description: 'Bolig, arbeid, fellesskap og en plass i lokalsamfunnet.',
  },
  {
    key: 'demokrati',
    name: 'Demokratisk deltakelse',
    colour: '#7a3e9d',
    description: 'Brukermedvirkning på system- og tjenestenivå, og erfaringskompetanse som fag.',
  },
];

const TYPES: TypeData[] = [
  { key: 'plenum', name: 'Plenum', kind: 'plenary' },
  { key: 'parallell', name: 'Parallellsesjon', kind: 'parallel' },
  { key: 'verksted', name: 'Verksted', kind: 'workshop' },
  { key: 'poster', name: 'Poster', kind: 'poster' },
  { key: 'pause', name: 'Pause', kind: 'break' },
];

const S = (key: string, name: string, bio: string, extra: Partial<SpeakerData> = {}): SpeakerData => ({
  key,
  name,
  bio,
  ...extra,
});

const SPEAKERS: SpeakerData[] = [
  S(
    'aud',
    'Aud Helene Fossum',
    'Leder ved et regionalt brukerstyrt senter. Har selv brukt tjenestene i mange år og skriver om **recovery** som borgerskap.',
    { organisation: 'varres-regionalt-brukerstyrt-senter-midt-norge', contribution: 'Erfaringskompetanse' },
  ),
  S('per', 'Per Ivar Lunde', 'Psykologspesialist og forsker på tvangsreduksjon i døgnavdelinger.', {
    organisation: 'napha',
  }),
  S(
    'siri',
    'Siri Kvam',
    'Erfaringskonsulent i kommunal rus- og psykisk helsetjeneste. Opptatt av at hjelpen skal komme tidlig og uten venteliste.',
    { organisation: 'trondheim-kommune', contribution: 'Erfaringskompetanse' },
  ),
  S('jonas', 'Jonas Berg Aasen', 'Jurist med erfaring fra kontrollkommisjon og pasient- og brukerombud.'),
  S(
    'marit',
    'Marit Solhaug',
    'Pårørende og styremedlem i en pårørendeorganisasjon. Snakker om å bli tatt med som ressurs.',
    { organisation: 'lpp-trondelag', contribution: 'Pårørendeerfaring' },
  ),
  S('erlend', 'Erlend Skjetne', 'Rådgivar i eit regionalt kompetansesenter. Har skrive om brukarstyrte senger.', {
    organisation: 'erfaringssentrum',
    bioLanguage: 'nn',
  }),
  S('hanne', 'Hanne Østby', 'Koordinator for et recoverynettverk og tidligere bruker av ruspoliklinikk.', {
    organisation: 'kbt-midt-norge',
    contribution: 'Erfaringskompetanse',
  }),
  S('tor', 'Tor Arne Fjeld', 'Jobber med Housing First i en mellomstor kommune.', { organisation: 'malvik-kommune' }),
  S('leila', 'Leila Haddad', 'Brukerrepresentant og samfunnsviter. Har ledet Bruker Spør Bruker-evalueringer.', {
    organisation: 'kbt-midt-norge',
    contribution: 'Brukerintervjuer',
  }),
  S('ola', 'Ola Rønning', 'Ruskonsulent og musiker. Driver skrivegrupper for folk i recovery.', {
    organisation: 'rio',
    contribution: 'Erfaringskompetanse',
  }),
  S('kristin', 'Kristin Moe Hval', 'Avdelingsleiar i ei kommunal meistringseining.', {
    organisation: 'mestringsenheten-i-sandnes-kommune',
    bioLanguage: 'nn',
  }),
  S('amir', 'Amir Rahimi', 'Likeperson med erfaring fra flukt, rus og psykisk helse. Jobber med inkludering.', {
    contribution: 'Likepersonsarbeid',
  }),
  S('ingrid', 'Ingrid Tangen', 'Overlege i psykisk helsevern, engasjert i medisinfrie behandlingsforløp.', {
    organisation: 'st-olavs-hospital-klinikk-for-psykisk-helsevern',
  }),
  S('bjorn', 'Bjørn Eide', 'Arbeidsinkluderingskonsulent (IPS) og tidligere langtidssykmeldt.', {
    contribution: 'Erfaringskompetanse',
  }),
  S('sunniva', 'Sunniva Holm', 'Daglig leder i et brukerstyrt senter. Har bygget opp en recoverykafé.', {
    organisation: 'sagatun-brukerstyrt-senter',
    contribution: 'Erfaringskompetanse',
  }),
  S('geir', 'Geir Ove Nilsen', 'Forsker på brukermedvirkning i kommunal planlegging.', { organisation: 'napha' }),
  S('linn', 'Linn Kristiansen', 'Tegnspråklig, døv og aktiv i arbeidet for tilgjengelige psykiske helsetjenester.', {
    contribution: 'Erfaringskompetanse',
  }),
  S('eirik', 'Eirik Vold', 'Kommunepsykolog som har lagt om tjenesten etter FIT-tilbakemeldinger.', {
    organisation: 'stjordal-kommune',
  }),
  S('randi', 'Randi Aas', 'Leder for et brukerstyrt senter i Sør-Norge.', {
    organisation: 'rom-agder',
    contribution: 'Erfaringskompetanse',
  }),
  S('nora', 'Nora Sæther', 'Ung voksen som har vært i barnevernet og psykisk helsevern. Snakker om overganger.', {
    contribution: 'Erfaringskompetanse',
  }),
  S('trond', 'Trond Ivar Bakken', 'Kommunedirektør med ansvar for helse og velferd.', {
    organisation: 'molde-kommune',
  }),
  S('astrid', 'Astrid Lien', 'Fagutviklar og forfattar av ei handbok i recoveryorientert praksis.', {
    organisation: 'bikuben-regionalt-brukerstyrt-senter',
    bioLanguage: 'nn',
  }),
  S('knut', 'Knut Haugen', 'Leder i en landsdekkende brukerorganisasjon innen psykisk helse.', {
    organisation: 'mental-helse-trondelag',
    contribution: 'Brukerorganisasjon',
  }),
  S('mette', 'Mette Rosseland', 'Ordstyrer. Journalist og tidligere pårørende.', { contribution: 'Pårørendeerfaring' }),
];

export const EDITION_2022: EditionData = {
  slug: 'ingenting-om-oss-2022',
  title: 'Ingenting om oss uten oss',
  subtitle: 'Menneskerettigheter, medborgerskap og demokratisk deltakelse innen psykisk helse og rus',
  description:
    'Nasjonal konferanse for recovery, arrangert av de regionale brukerstyrte sentrene sammen med NAPHA og Erfaringssentrum, og med mange samarbeidspartnere.\n\nEtter to år med pandemi møtes vi endelig: folk med egen erfaring, pårørende, ansatte, forskere og politikere. To dager om **rettigheter**, **medborgerskap** og **deltakelse** — tre sider ved det å kunne leve et godt liv med eller etter psykiske helse- og rusproblemer.',
  language: 'nb',
  languages: ['nb', 'nn', 'en'],
  days: ['2022-10-19', '2022-10-20'],
  venueName: 'Clarion Hotel & Congress Trondheim',
  venueAddress: 'Brattørkaia 1, 7010 Trondheim',
  owners: ['knutepunkt-for-recovery', 'recovery-nettverk-midt-norge'],
  organisers: [
    'varres-regionalt-brukerstyrt-senter-midt-norge',
    'bikuben-regionalt-brukerstyrt-senter',
    'rom-agder',
    'napha',
    'erfaringssentrum',
  ],
  partners: ['kbt-midt-norge', 'mental-helse-trondelag', 'lpp-trondelag', 'rio', 'sagatun-brukerstyrt-senter'],
  rooms: ROOMS,
  tracks: TRACKS,
  types: TYPES,
  speakers: SPEAKERS,
  sessions: [], // conference-data-2022-sessions.ts
};
