import type { PracticeContent } from '@knutepunkt/domain';

/**
 * Demo content for the practice bank (gode praksiseksempler), in bokmål;
 * the nynorsk ones are in practice-data-nn.ts. Written in our own words from
 * what the public sources (/work/shared/seeds) and the recovery field tell
 * about such work. Organisations are the demo's real actors, but figures and
 * contact people are made up and kept modest; contact addresses are on the
 * demo's own domain, never the organisations'.
 */
export interface DemoPractice {
  /** Unique, lowercase-hyphenated. */
  slug: string;
  /** Owner, by organisation slug (organisations.ts). */
  organisation: string;
  /** The state of the newest version. */
  state: 'PUBLISHED' | 'IN_REVIEW' | 'RETURNED' | 'DRAFT';
  /** Days before the seed that the newest version was published, sent back, submitted or started. */
  daysAgo: number;
  featured?: boolean;
  /** Taken out of the bank by a coordinator this many days ago (published examples only). */
  archivedDaysAgo?: number;
  content: PracticeContent;
  /** An earlier published version, now superseded: what it said differently, and when it was published. */
  earlier?: { daysAgo: number; changes: Partial<PracticeContent> };
  /** What the coordinator wrote when sending the version back (RETURNED). */
  reviewComment?: string;
  /** "We do this too": other organisations, by slug, with their note. */
  adoptions?: Array<{ organisation: string; note: string }>;
}

/** Markdown blocks (paragraphs, lists) of a section, separated by a blank line. */
export const md = (...blocks: string[]): string => blocks.join('\n\n');

export const DEMO_PRACTICES_NB: readonly DemoPractice[] = [
  {
    slug: 'restart-gruppetilbud-for-egen-endringsprosess',
    organisation: 'trondheim-kommune',
    state: 'PUBLISHED',
    daysAgo: 60,
    featured: true,
    content: {
      language: 'nb',
      title: 'reSTART – gruppetilbud for egen endringsprosess',
      summary:
        'Recovery team i Enhet for psykisk helse og rus tilbyr et fast forløp der hver deltaker arbeider med sin egen endringsprosess sammen med andre: ' +
        'en lang startsamtale, fire uker i gruppe og en ettersamtale. Deltakerne gir tilbakemelding med FIT underveis, så gruppelederne kan justere kursen.',
      background: md(
        'Mange av dem vi møter i enheten, ønsker at noe skal bli annerledes, men har ikke alltid ord for hva det skal være. Vi bruker ordet *endringsprosess* om recovery: det er personen selv som staker ut retningen, og det man drømmer om, kan gi kraft til å begynne.',
        'Innholdet i reSTART kom ut av et treårig prosjekt i teamet om hvordan vi kan arbeide recoveryorientert. Vi spurte brukerne av tjenestene hva som hadde hjulpet dem, og samlet svarene i et arbeidshefte som gruppene bygger på.',
      ),
      approach: md(
        'Forløpet har tre deler:',
        '1. **Startsamtale** (minst to timer, individuelt): vi forteller om gruppa, blar gjennom arbeidsheftet sammen og kartlegger hva som er viktig for deltakeren.\n' +
          '2. **Gruppe** i fire uker, to ganger i uka, to timer hver gang. Vi tar utgangspunkt i heftet og bruker reflekterende samtale, der deltakerne lærer av hverandres bedringsprosesser.\n' +
          '3. **Ettersamtale** (minst to timer): hvor står du nå, og hva trenger du videre?',
        'To av de fem i teamet leder hver gruppe, og erfaringsmedarbeideren i teamet er ofte en av dem. Den som får tjenester fra enheten, kan be kontaktpersonen sin om plass eller ta kontakt med teamet direkte. Etter hver samling fyller deltakerne ut FIT-skalaene, og svarene tas opp i gruppa neste gang.',
      ),
      experiences: md(
        'Det som overrasker nye deltakere mest, er hvor mye de får ut av å høre de andre. Flere har sagt at det ble lettere å tro på egen endring etter å ha sett en annen i gruppa ta et skritt.',
        'Startsamtalen tar tid, men vi ville ikke vært den foruten: den gjør at folk møter opp første gang og vet hva de går til. FIT-skårene har et par ganger fått oss til å senke tempoet da gruppa syntes det gikk for fort.',
      ),
      results: md(
        'Siden oppstarten har vi hatt seks grupper med til sammen 34 deltakere, og 28 av dem fullførte alle fire ukene. Samarbeidet, målt med FIT, har fått høye skårer i alle gruppene.',
        'I ettersamtalen sier de fleste at de har et klarere bilde av hva de vil. Omtrent halvparten har et konkret neste steg, for eksempel et kurs, et aktivitetstilbud eller en samtale om arbeid hos NAV.',
      ),
      contactName: 'Ingrid Solberg',
      contactRole: 'Fagkoordinator, Recovery team',
      contactEmail: 'ingrid.solberg@demo.knutepunkt.no',
      chime: ['HOPE', 'EMPOWERMENT'],
      chimeSubthemes: ['DREAMS', 'MOTIVATION', 'PERSONAL_RESPONSIBILITY'],
      levels: ['INDIVIDUAL', 'SERVICE'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH', 'SUBSTANCE_USE'],
      themes: ['MENTAL_HEALTH', 'SUBSTANCE_USE', 'FEEDBACK_INFORMED', 'COPING'],
      ongoing: true,
    },
    earlier: {
      daysAgo: 420,
      changes: {
        results:
          'Så langt har vi hatt tre grupper med til sammen 17 deltakere, og 14 av dem fullførte. Tilbakemeldingene i FIT er gode, men det er for tidlig å si mye ut fra så få deltakere.',
      },
    },
  },
  {
    slug: 'stressmestring-i-gruppe',
    organisation: 'trondheim-kommune',
    state: 'PUBLISHED',
    daysAgo: 240,
    content: {
      language: 'nb',
      title: 'Stressmestring i gruppe med digitalt selvhjelpsprogram',
      summary:
        'Vi bruker programmet «Mestring av stress og belastning» fra Assistert selvhjelp i grupper på 8–10 personer over fem til seks uker. ' +
        'Deltakerne arbeider i den digitale plattformen mellom samlingene og deler erfaringer når de møtes.',
      background: md(
        'Programmet har vært brukt i individuell oppfølging hos oss siden 2017, vanligvis over fem–seks uker. Flere som sto på venteliste, spurte om det fantes noe i gruppe.',
        'Vi ville finne ut om programmet fungerer like godt når det er et felles verktøy før, under og mellom samlingene. Den første gruppa startet i 2019.',
      ),
      approach: md(
        '**Før oppstart** ringer vi hver enkelt. Vi kartlegger kort situasjonen, snakker om motivasjon og forklarer at dette er et kurs der man deltar aktivt, ikke en forelesningsrekke. Deltakerne får tilgang til plattformen og gjør første modul hjemme.',
        '**Samlingene**\n- 8–10 deltakere\n- én samling i uka i fem til seks uker\n- to og en halv time hver gang, med litt å spise\n- arbeidsark deles ut hver gang, og spørsmålene er de samme som i individuell oppfølging',
        'Første gang lager vi grupperegler sammen, går grundig gjennom opplegget og deler ut en notatbok. Siden tar vi tak i det som er felles for gruppa og det deltakerne tar med fra egen hverdag. Oppmøte og innhold journalføres for hver deltaker.',
      ),
      experiences: md(
        'Det tar ofte et par uker før deltakerne kommer ordentlig i gang med arbeidet mellom samlingene. Når de ser hvordan verktøyet henger sammen med samlingene, skjer det mye. Det de andre i gruppa sier, veier gjerne tyngre enn det vi som ledere sier.',
        'Vi bruker tid i telefonsamtalen på å tenke gjennom hvem som skal være i samme gruppe, og det lønner seg. At alt ligger på nett, gjør hverdagen lettere: ingen permer eller bøker å holde styr på.',
      ),
      results:
        'Deltakerne gir svært gode tilbakemeldinger, og etterspørselen øker: det siste året har det vært venteliste til de fleste gruppene. Vi har ikke egne effektmål ut over det programmet selv gir, så vi sier ikke mer enn at deltakerne opplever å mestre stress bedre.',
      contactName: 'Henrik Dahl',
      contactRole: 'Psykiatrisk sykepleier, gruppeleder',
      contactEmail: '',
      chime: ['EMPOWERMENT'],
      chimeSubthemes: ['CONTROL_OVER_LIFE', 'STRENGTHS'],
      levels: ['INDIVIDUAL'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH'],
      themes: ['COPING', 'MENTAL_HEALTH'],
      ongoing: true,
    },
    adoptions: [
      {
        organisation: 'stjordal-kommune',
        note: 'Vi startet vår første stressmestringsgruppe med det samme programmet etter å ha hospitert hos Trondheim. Telefonsamtalen før oppstart har vi tatt med oss uendret.',
      },
    ],
  },
  {
    slug: 'glimt-et-sted-der-deltakerne-bestemmer',
    organisation: 'glimt-recoverysenter',
    state: 'PUBLISHED',
    daysAgo: 150,
    featured: true,
    content: {
      language: 'nb',
      title: 'Glimt Recoverysenter – et sted der deltakerne bestemmer',
      summary:
        'Glimt er en dagåpen møteplass på Heimdal for alle over 18 år. Deltakerne er med og bestemmer hva som skal skje, og musikk og kunst har fått stor plass. Arbeidet bygger på CHIME-modellen.',
      background: md(
        'Mange som har levd lenge med psykiske helse- eller rusproblemer, forteller at det tyngste ikke alltid er symptomene, men å mangle et sted å høre til og noe å fylle dagene med. Glimt åpnet høsten 2019 for å være et slikt sted, uten henvisning og uten krav om diagnose.',
        'CHIME er kompasset vårt: tilhørighet, håp, identitet, mening og egenmakt er det vi spør oss om når vi planlegger og når vi ser tilbake på hva vi har fått til.',
      ),
      approach: md(
        '- Åpent på dagtid på hverdager; du kan stikke innom uten avtale.\n' +
          '- Huset har lydstudio, musikkrom og et godt utstyrt kunstrom med maling, tegnesaker og perler. En musikkterapeut er knyttet til senteret.\n' +
          '- Hver uke er det husmøte, der deltakerne foreslår og avgjør aktiviteter – fra konsert til tur eller felles matlaging.\n' +
          '- Ansatte og deltakere spiser lunsj sammen.',
        'Det finnes ikke noe inntak. Mange kommer første gang sammen med en kontaktperson fra kommunen, andre har hørt om oss fra en venn.',
      ),
      experiences: md(
        'Når deltakerne selv har bestemt hva som skal skje, tar de også ansvar for at det blir noe av. Flere har gått fra å sitte stille i sofaen til å lede an i et band eller holde perlekurs for de andre.',
        'Det krever at vi som er ansatt, tåler at ting tar tid og av og til blir annerledes enn vi så for oss. Vi har lært å spørre «hva vil dere?» før vi foreslår noe selv.',
      ),
      results:
        'Glimt har en fast stamme av deltakere, og nye kommer til hvert halvår. Bandet har spilt flere konserter, blant annet for andre tjenester i kommunen. Når vi spør deltakerne, trekker de særlig fram fellesskapet og det å bety noe for de andre.',
      contactName: 'Siri Moe',
      contactRole: 'Daglig leder',
      contactEmail: 'siri.moe@demo.knutepunkt.no',
      chime: ['CONNECTEDNESS', 'MEANING', 'EMPOWERMENT'],
      chimeSubthemes: ['COMMUNITY', 'PEER_SUPPORT', 'QUALITY_OF_LIFE', 'CONTROL_OVER_LIFE'],
      levels: ['SERVICE'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH', 'SUBSTANCE_USE'],
      themes: ['ART_AND_CULTURE', 'COMMUNITY_AND_NETWORK', 'USER_INVOLVEMENT'],
      ongoing: true,
    },
  },
  {
    slug: 'bruker-spor-bruker-i-et-dagtilbud',
    organisation: 'kbt-midt-norge',
    state: 'PUBLISHED',
    daysAgo: 40,
    content: {
      language: 'nb',
      title: 'Bruker Spør Bruker: brukerne av et dagtilbud sa sin mening',
      summary:
        'Opplærte brukerintervjuere snakket med brukerne av et kommunalt dagtilbud om hva som hjelper dem i egen bedringsprosess. ' +
        'Funnene ble drøftet på en dialogkonferanse, og tjenesten fikk fem anbefalinger som ble fulgt opp etter seks og tolv måneder.',
      background: md(
        'Bruker Spør Bruker (BSB) er en evalueringsmetode der folk som selv har brukt tjenester, intervjuer andre brukere. Fordi intervjuerne har stått i lignende situasjoner, blir samtalene ofte mer åpne enn i vanlige brukerundersøkelser.',
        'Kommunen ville vite om dagtilbudet faktisk støttet deltakernes recovery, eller om det mest var et sted å være. De ba KBT om en evaluering.',
      ),
      approach: md(
        '1. **Planlegging** sammen med tjenesten og en referansegruppe med brukerrepresentanter: hva skal vi spørre om?\n' +
          '2. **Opplæring** av fire brukerintervjuere over to dager.\n' +
          '3. **Intervjuer** med 18 brukere av dagtilbudet, enkeltvis og i små grupper, over tre uker.\n' +
          '4. **Dialogkonferanse** der de foreløpige funnene ble lagt fram for brukere, ansatte og ledelse.\n' +
          '5. **Rapport med anbefalinger**, fulgt opp etter seks og tolv måneder.',
        'Intervjuerne fikk honorar, og en fra KBT kunne alltid nås på telefon mens intervjuene pågikk.',
      ),
      experiences: md(
        'Brukerne var fornøyd med de ansatte, men savnet mer innflytelse over hva som skjedde på huset. Flere mente åpningstidene passet dårlig for dem som hadde begynt i arbeidstrening. Dialogkonferansen var avgjørende: der fant ansatte og brukere sammen ut hva funnene betydde, før noe ble skrevet i stein.',
        'For brukerintervjuerne var oppdraget mer enn en jobb. Flere har fortalt at det å bli bedt om å bruke egen erfaring som kompetanse, endret hvordan de så på seg selv.',
      ),
      results: md(
        'Tjenesten fikk fem anbefalinger. Ved oppfølgingen etter tolv måneder var fire av dem satt ut i livet:',
        '- et månedlig husmøte med reell beslutningsmyndighet\n- utvidet åpningstid én ettermiddag i uka\n- en erfaringsmedarbeider i halv stilling\n- en fadderordning for nye brukere',
        'Den femte anbefalingen, om tettere samarbeid med NAV, er fortsatt under arbeid.',
      ),
      contactName: 'Tor Haugen',
      contactRole: 'Erfaringskonsulent og prosjektleder',
      contactEmail: 'tor.haugen@demo.knutepunkt.no',
      chime: ['EMPOWERMENT', 'IDENTITY'],
      chimeSubthemes: ['CONTROL_OVER_LIFE', 'STRENGTHS', 'POSITIVE_IDENTITY'],
      levels: ['SERVICE', 'SYSTEM'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH'],
      themes: ['USER_INVOLVEMENT', 'LIVED_EXPERIENCE'],
      ongoing: false,
    },
    earlier: {
      daysAgo: 300,
      changes: {
        results:
          'Tjenesten fikk fem anbefalinger. Etter seks måneder var to av dem gjennomført: et månedlig husmøte der brukerne tar beslutninger, og én ettermiddag i uka med lengre åpningstid. De tre andre var påbegynt, og vi følger dem opp igjen etter tolv måneder.',
        ongoing: true,
      },
    },
  },
  {
    slug: 'kurset-recovery-min-prosess',
    organisation: 'mestringsenheten-i-sandnes-kommune',
    state: 'PUBLISHED',
    daysAgo: 380,
    content: {
      language: 'nb',
      title: 'Kurset «Recovery – min prosess!»',
      summary:
        'Et kurs om egen bedringsprosess, planlagt og ledet av kursledere med egenerfaring sammen med ansatte. Deltakerne møtes åtte ganger og deler det som har hjulpet dem – og det som ikke har gjort det.',
      background: md(
        'I mestringsenheten ville vi at recovery skulle være mer enn et ord de ansatte brukte; brukerne selv skulle få utforske hva det kunne bety for dem. Kurset ble utviklet av en erfaringsmedarbeider sammen med fagfolk, og det følges av forskning i enheten.',
        'Tanken er enkel: den som selv har gått en lang vei, kan vise at bedring er mulig på en måte ingen lærebok får til.',
      ),
      approach: md(
        '- Åtte samlinger à to timer, én gang i uka, for 10–12 deltakere.\n' +
          '- Hver samling ledes av én kursleder med egenerfaring og én ansatt.\n' +
          '- Temaene følger CHIME – tilhørighet, håp, identitet, mening og egenmakt – med en egen kveld om tilbakeslag og om å begynne på nytt.\n' +
          '- Du melder deg på selv eller via kontaktpersonen din; det trengs ikke vedtak.',
        'Kurset holdes to ganger i året, og tidligere deltakere blir invitert tilbake som medhjelpere.',
      ),
      experiences: md(
        'Deltakerne sier at det betyr mye å møte kursledere som har vært der selv. Samtalene blir ærligere, og flere har fortalt om ting de aldri har tatt opp med behandleren sin.',
        'Vi har lært at kurslederne med egenerfaring må få tid og betaling for planleggingen, ikke bare for selve kveldene. Og vi som er ansatt, må tåle å være elever like mye som lærere.',
      ),
      results:
        'Kurset har gått i flere runder, og nesten alle som begynner, fullfører. Noen tidligere deltakere er blitt medhjelpere, og to har senere fått jobb som erfaringsmedarbeidere. Følgeforskningen i enheten ser nærmere på hva kurset har betydd for deltakernes bedringsprosesser.',
      contactName: 'Anne Lise Tveit',
      contactRole: 'Recoverykontakt',
      contactEmail: '',
      chime: ['HOPE', 'MEANING'],
      chimeSubthemes: ['BELIEF_IN_RECOVERY', 'HOPE_RELATIONSHIPS', 'MEANING_OF_EXPERIENCE'],
      levels: ['INDIVIDUAL'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH', 'SUBSTANCE_USE'],
      themes: ['LIVED_EXPERIENCE', 'EDUCATION', 'COPING'],
      ongoing: true,
    },
  },
  {
    slug: 'matlaging-i-bofellesskapet-postveien',
    organisation: 'mestringsenheten-i-sandnes-kommune',
    state: 'PUBLISHED',
    daysAgo: 330,
    content: {
      language: 'nb',
      title: 'Matlagingsprosjektet i bofellesskapet i Postveien',
      summary:
        'Beboerne i et bofellesskap planlegger, handler og lager middag sammen med ansatte og studenter i praksis. Prosjektet begynte som en måte å gjøre CHIME-verdiene konkrete i hverdagen på.',
      background: md(
        'Postveien er et bofellesskap med ansatte hele døgnet. Lenge var det personalet som laget maten, mens beboerne spiste hver for seg. Da vi diskuterte CHIME på et personalmøte, ble vi enige om at måltidet kunne gi plass til både tilhørighet og egenmakt.',
        'Sykepleierstudenter i praksis foreslo å la beboerne styre menyen, og de satte også i gang et fotoprosjekt om maten.',
      ),
      approach: md(
        '- Hver søndag setter vi opp ukemenyen på et møte der alle beboerne er invitert.\n' +
          '- To dager i uka handler en beboer sammen med en ansatt, innenfor et budsjett beboerne har vært med og satt.\n' +
          '- De som vil, lager middagen, og alle spiser sammen.\n' +
          '- Beboerne tar bilder av rettene, og bildene er blitt til en liten kokebok for huset.',
        'Ingen må være med. Den som bare vil spise, er like velkommen.',
      ),
      experiences: md(
        'Først var det bare noen få som deltok, men etter et par måneder var det kamp om å få velge søndagsmiddagen. Beboere som knapt snakket sammen før, har fått noe felles å prate om.',
        'For personalet var det uvant å gå fra å gjøre ting *for* beboerne til å gjøre dem *med* dem. Det tar lengre tid, og kjøkkenet er ikke alltid like ryddig.',
      ),
      results:
        'Sju av ni beboere er jevnlig med på matlagingen. Flere har begynt å lage frokost selv, og én beboer sier at erfaringen gjorde det mindre skummelt å flytte til egen leilighet. Personalet opplever at stemningen i huset er blitt bedre.',
      contactName: 'Marius Eide',
      contactRole: 'Miljøterapeut',
      contactEmail: 'marius.eide@demo.knutepunkt.no',
      chime: ['CONNECTEDNESS', 'MEANING'],
      chimeSubthemes: ['RELATIONSHIPS', 'COMMUNITY', 'SOCIAL_ROLES'],
      levels: ['INDIVIDUAL', 'SERVICE'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH'],
      themes: ['HOUSING', 'COMMUNITY_AND_NETWORK', 'USER_INVOLVEMENT'],
      ongoing: true,
    },
    adoptions: [
      {
        organisation: 'molde-kommune',
        note: 'Vi har starta ein fast middagsklubb i eitt av bufellesskapa våre etter same modell. Bebuarane set opp menyen sjølve.',
      },
    ],
  },
  {
    slug: 'erfaringsmedarbeider-i-fagteam-rus',
    organisation: 'mestringsenheten-i-sandnes-kommune',
    state: 'PUBLISHED',
    daysAgo: 500,
    content: {
      language: 'nb',
      title: 'Erfaringsmedarbeider i fast stilling i rusteamet',
      summary:
        'Fagteam rus har en erfaringsmedarbeider i fast, full stilling. Erfaringsmedarbeideren deltar i oppfølgingen på lik linje med kollegene og bruker egen erfaring med rus og bedring bevisst i møtet med brukerne.',
      background: md(
        'Brukerne av rusteamet hadde ofte møtt mange hjelpere, men få som visste hvordan det var å stå i det selv. Mestringsenheten har vedtatt at alle utlysninger av fagstillinger skal nevne egenerfaring som ønsket kompetanse, og rusteamet gikk et skritt videre med en egen stilling.',
      ),
      approach: md(
        '- Full, fast stilling, med samme rettigheter og veiledning som resten av teamet.\n' +
          '- Går på hjemmebesøk og samtaler, ofte sammen med en kollega.\n' +
          '- Deltar på teammøtene og stiller spørsmålet «hvordan ville dette oppleves for brukeren?».\n' +
          '- Har egen veiledning én gang i måneden sammen med andre erfaringsmedarbeidere i kommunen.',
        'Brukerne kan be om å få erfaringsmedarbeideren med i oppfølgingen, og teamet foreslår det selv når det kan passe.',
      ),
      experiences: md(
        'Kollegene sier at de ser nytten av stillingen tydeligere for hvert år. Brukere som har vært skeptiske til hjelpeapparatet, har åpnet seg når de har møtt noen som har vært der selv; det gir håp å se at det går an.',
        'Det har også vært krevende. Rollen må forklares på nytt for hver nye kollega, og erfaringsmedarbeideren trenger et sted å ta opp det som berører egen historie.',
      ),
      results:
        'Etter den første stillingen har enheten opprettet flere: en hjemmel i et nytt bofellesskap og en prosjektstilling i et annet team. Vi har ingen tall på hva dette betyr for brukerne, men rusteamet vil ikke være foruten stillingen.',
      contactName: 'Kjetil Vik',
      contactRole: 'Avdelingsleder, Fagteam rus',
      contactEmail: '',
      chime: ['HOPE', 'IDENTITY'],
      chimeSubthemes: ['HOPE_RELATIONSHIPS', 'BELIEF_IN_RECOVERY', 'OVERCOMING_STIGMA'],
      levels: ['SERVICE', 'SYSTEM'],
      targetGroups: ['ADULTS', 'SUBSTANCE_USE', 'CO_OCCURRING'],
      themes: ['LIVED_EXPERIENCE', 'SUBSTANCE_USE'],
      ongoing: true,
    },
  },
  {
    slug: 'fit-i-mestringssenteret',
    organisation: 'mestringsenheten-i-sandnes-kommune',
    state: 'PUBLISHED',
    daysAgo: 210,
    content: {
      language: 'nb',
      title: 'FIT i mestringssenteret: tilbakemelding hver gang',
      summary:
        'I mestringssenteret spør vi hver deltaker, hver gang vi møtes, hvordan det går og hvordan samarbeidet med oss oppleves. Svarene bruker vi til å justere hjelpen mens den pågår.',
      background: md(
        'I planen for recovery bestemte mestringsenheten at praksis skulle tilpasses etter systematiske tilbakemeldinger fra brukerne. Mestringssenteret var en av tre avdelinger som begynte med FIT (tilbakemeldingsinformerte tjenester) etter felles opplæring.',
      ),
      approach: md(
        '- To korte skjemaer: ett om hvordan livet går, i starten av samtalen, og ett om samarbeidet, på slutten.\n' +
          '- Skårene føres inn i en enkel graf som deltakeren og den ansatte ser på sammen.\n' +
          '- Står ting stille etter noen samtaler, tar vi det opp med deltakeren og i veiledning.\n' +
          '- De ansatte har FIT-veiledning hver uke.',
        'Alle nye deltakere får høre om FIT i første samtale. Det er frivillig å svare.',
      ),
      experiences: md(
        'I starten føltes skjemaene som et avbrudd. Nå er de en naturlig del av samtalen og en måte å spørre rett ut på som vi ikke var vant til. Vi er blitt mer bevisst egne ressurser og forskjeller som hjelpere, og på at ikke alle passer like godt sammen.',
        'Det er fortsatt lett å glemme svarene når det blir travelt, og vi ventet lenge på en elektronisk løsning.',
      ),
      results:
        'FIT brukes nå i nesten alle samtaler i mestringssenteret. Flere ganger har lave skårer på samarbeidet ført til ny kontaktperson eller en ny retning i oppfølgingen, og deltakerne sier at de føler seg tatt på alvor.',
      contactName: 'Camilla Nordby',
      contactRole: 'FIT-veileder',
      contactEmail: 'camilla.nordby@demo.knutepunkt.no',
      chime: ['EMPOWERMENT', 'CONNECTEDNESS'],
      chimeSubthemes: ['CONTROL_OVER_LIFE', 'RELATIONSHIPS'],
      levels: ['SERVICE'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH'],
      themes: ['FEEDBACK_INFORMED', 'USER_INVOLVEMENT'],
      ongoing: true,
    },
    adoptions: [
      {
        organisation: 'st-olavs-hospital-klinikk-for-psykisk-helsevern',
        note: 'To av poliklinikkene våre har tatt i bruk FIT etter at vi hørte om erfaringene fra Sandnes på Nasjonal konferanse for recovery.',
      },
    ],
  },
  {
    slug: 'manedlig-recovery-inspirasjon-for-ansatte',
    organisation: 'mestringsenheten-i-sandnes-kommune',
    state: 'PUBLISHED',
    daysAgo: 270,
    content: {
      language: 'nb',
      title: 'Månedlig recovery-inspirasjon for alle ansatte',
      summary:
        'En fast morgenundervisning ble til en månedlig samling der ansatte fra hele mestringsenheten deler erfaringer med recoveryorientert praksis og heier på hverandre. Brukere og erfaringsmedarbeidere er ofte med og forteller.',
      background: md(
        'Da vi skulle innføre recovery i enheten, visste vi at kurs alene ikke endrer praksis. Det gjør kultur og holdninger, og de endres når folk snakker sammen om konkrete situasjoner. Vi hadde allerede undervisning hver onsdagsmorgen i kafeen vår, og gjorde den om til noe annet.',
      ),
      approach: md(
        '- Én morgen i måneden, en time før dagen for alvor begynner, i kafeen i enheten.\n' +
          '- Hver gang forteller én avdeling om noe som har fungert – eller ikke – sett med recovery-briller.\n' +
          '- Ofte er en bruker eller en erfaringsmedarbeider med og forteller fra sin side.\n' +
          '- Vi avslutter med at hver avdeling tar med seg én ting de vil prøve.',
        'Alle ansatte kan komme. En liten implementeringsgruppe lager programmet et halvår av gangen.',
      ),
      experiences: md(
        'Det viktigste vi har lært, er å løfte fram de små hendelsene: en samtale som gikk annerledes, en bruker som fikk bestemme. Slike historier smitter mer enn fagartikler.',
        'Oppmøtet varierer med turnus og travle perioder, og vi har måttet minne lederne om at det er lov å prioritere samlingene.',
      ),
      results:
        'Alle avdelingene har hatt ordet minst én gang. Flere historier fra samlingene er senere skrevet ned og delt på intranettet, og noen er blitt til nye tiltak – blant annet matlagingsprosjektet i et av bofellesskapene.',
      contactName: 'Anne Lise Tveit',
      contactRole: 'Recoverykontakt',
      contactEmail: '',
      chime: ['HOPE'],
      chimeSubthemes: ['VALUING_SUCCESS', 'BELIEF_IN_RECOVERY'],
      levels: ['SERVICE', 'SYSTEM'],
      targetGroups: ['STAFF'],
      themes: ['EDUCATION', 'LIVED_EXPERIENCE'],
      ongoing: true,
    },
  },
  {
    slug: 'refleksjonskort-pa-personalmotet',
    organisation: 'malvik-kommune',
    state: 'PUBLISHED',
    daysAgo: 120,
    content: {
      language: 'nb',
      title: 'Refleksjonskort på personalmøtet',
      summary:
        'Psykisk helse- og rustjenesten bruker et sett refleksjonskort med spørsmål knyttet til CHIME på annethvert personalmøte. En ansatt legger fram en situasjon, og gruppa drøfter den ut fra kortet som trekkes.',
      background: md(
        'Vi hadde vært på nettverkssamlinger og kurs om recovery, men merket at lite av det vi lærte, fant veien inn i hverdagen. Vi trengte en fast og enkel måte å snakke om verdier og holdninger på, knyttet til det som faktisk skjer i jobben.',
      ),
      approach: md(
        '- 20 minutter på annethvert personalmøte.\n' +
          '- En ansatt beskriver kort en situasjon fra arbeidet, uten navn eller andre kjennetegn.\n' +
          '- Noen trekker et kort med et spørsmål, for eksempel «Hva vet vi om hva denne personen drømmer om?» eller «Hvem bestemte her?».\n' +
          '- Vi snakker sammen uten å lete etter det ene riktige svaret.',
        'Kortene har vi laget selv, med inspirasjon fra materiell fra andre kommuner og fra NAPHA. Noen av spørsmålene er formulert av brukerrepresentanter.',
      ),
      experiences: md(
        'Etter noen måneder la vi merke til at de samme spørsmålene dukket opp i samtaler med brukerne, ikke bare på møtene. Det er blitt lettere å si høyt at man er usikker på om man gjorde det rette.',
        'Noen kolleger syntes først det var vanskelig å sette av tid, og at det ble for abstrakt. Det hjalp å holde tiden kort og alltid starte i en konkret hendelse.',
      ),
      results:
        'Kortene har vært i bruk i halvannet år. I en enkel spørreundersøkelse svarte 17 av 21 ansatte at refleksjonen har endret hvordan de møter brukerne.',
      contactName: 'Berit Strand',
      contactRole: 'Enhetsleder',
      contactEmail: '',
      chime: ['IDENTITY', 'HOPE'],
      chimeSubthemes: ['DIMENSIONS_OF_IDENTITY', 'HOPE_RELATIONSHIPS'],
      levels: ['SERVICE'],
      targetGroups: ['STAFF'],
      themes: ['EDUCATION', 'MENTAL_HEALTH', 'SUBSTANCE_USE'],
      ongoing: true,
    },
  },
  {
    slug: 'erfaringsforelesninger-for-studenter',
    organisation: 'mental-helse-trondelag',
    state: 'PUBLISHED',
    daysAgo: 95,
    content: {
      language: 'nb',
      title: 'Erfaringsforelesninger for helse- og sosialfagstudenter',
      summary:
        'Medlemmer av Mental Helse Trøndelag forteller om egen bedringsprosess for studenter som skal bli sykepleiere, vernepleiere og sosionomer. Målet er at framtidens fagfolk møter mennesker, ikke diagnoser.',
      background: md(
        'Mange av medlemmene våre har erfart at fordommer om psykisk helse sitter dypt, også hos helsepersonell. Vi tenkte at det beste tidspunktet å møte dem på, er før de er ferdig utdannet.',
      ),
      approach: md(
        '- Et team på seks erfaringsformidlere med egen erfaring fra psykiske helseproblemer.\n' +
          '- Alle har fått opplæring i å fortelle sin historie på en måte som er trygg for dem selv og nyttig for tilhørerne.\n' +
          '- Vi holder en dobbelttime for hvert kull, ofte to formidlere sammen, og setter av halve tiden til spørsmål.\n' +
          '- Formidlerne får honorar og en samtale med fylkeskontoret etter hvert oppdrag.',
        'Utdanningene bestiller foredrag gjennom fylkeskontoret, og vi har faste avtaler med flere studieprogram i regionen.',
      ),
      experiences: md(
        'Studentene spør ofte om det de ikke tør spørre pasienter om: Hva hjalp? Hva gjorde vondt? Flere har skrevet i evalueringen at de vil tenke annerledes om tvang og om det å lytte.',
        'For formidlerne er det meningsfylt å gjøre egen erfaring om til noe andre kan lære av, men det kan også rippe opp i gamle sår. Samtalen etterpå er derfor ikke valgfri.',
      ),
      results:
        'Det siste studieåret holdt vi 14 foredrag for til sammen rundt 600 studenter. Studentene gir svært gode tilbakemeldinger, og to utdanninger har bedt om at foredraget blir en fast del av undervisningen.',
      contactName: 'Eva Lunde',
      contactRole: 'Organisasjonskonsulent',
      contactEmail: 'eva.lunde@demo.knutepunkt.no',
      chime: ['IDENTITY'],
      chimeSubthemes: ['OVERCOMING_STIGMA', 'POSITIVE_IDENTITY'],
      levels: ['SOCIETY'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH'],
      themes: ['EDUCATION', 'LIVED_EXPERIENCE'],
      ongoing: true,
    },
  },
  {
    slug: 'dialogkafe-for-brukere-parorende-og-ansatte',
    organisation: 'lpp-trondelag',
    state: 'PUBLISHED',
    daysAgo: 180,
    content: {
      language: 'nb',
      title: 'Dialogkafé for brukere, pårørende og ansatte',
      summary:
        'Fire ganger i året inviterer LPP Trøndelag brukere, pårørende og ansatte i kommunen til en kveld der alle snakker sammen rundt små bord om ett tema. Ingen er eksperter, og alle erfaringer teller like mye.',
      background: md(
        'Pårørende forteller oss ofte at de føler seg holdt utenfor: de blir ikke spurt, og de vet ikke hvem de skal spørre. Samtidig sier ansatte at taushetsplikten gjør det vanskelig å snakke med familien.',
        'Vi ønsket et sted der de tre gruppene kunne møtes uten at noen enkeltsak lå på bordet.',
      ),
      approach: md(
        '- En kveld på tre timer i et nøytralt lokale, for eksempel et bibliotek eller en frivilligsentral.\n' +
          '- 30–50 deltakere ved bord med fem–seks personer, helst blandet.\n' +
          '- Hver kafé har ett tema, for eksempel «Hva er god hjelp i en krise?» eller «Taushetsplikt – hva kan vi snakke om?».\n' +
          '- Tre samtalerunder der deltakerne bytter bord, og en felles oppsummering til slutt.\n' +
          '- Enkel servering.',
        'Vi planlegger kafeene sammen med kommunen og Mental Helse. Invitasjonen går ut gjennom organisasjonene og tjenestene, og alle er velkomne.',
      ),
      experiences: md(
        'Samtalene blir gode fordi bordene er små. Flere ansatte har sagt at de for første gang forsto hvor alene pårørende kan bli, og pårørende har oppdaget at de ansatte også ønsker samarbeid.',
        'Hvert bord trenger en vert som passer på at alle slipper til, og at ingen bruker kvelden på sin egen sak.',
      ),
      results:
        'Vi har holdt ti kafeer med i snitt 35 deltakere. Oppsummeringene sendes til kommunen, og to av dem har ført til endringer: en egen samtale med pårørende når noen begynner i psykisk helsetjenesten, og en oppdatert informasjonsbrosjyre.',
      contactName: 'Gunn Aune',
      contactRole: 'Styremedlem og kafévert',
      contactEmail: '',
      chime: ['CONNECTEDNESS'],
      chimeSubthemes: ['RELATIONSHIPS', 'SUPPORT_FROM_OTHERS', 'COMMUNITY'],
      levels: ['SERVICE', 'SOCIETY'],
      targetGroups: ['NEXT_OF_KIN', 'STAFF', 'ADULTS'],
      themes: ['NEXT_OF_KIN', 'COMMUNITY_AND_NETWORK', 'USER_INVOLVEMENT'],
      ongoing: true,
    },
    adoptions: [
      {
        organisation: 'trondheim-kommune',
        note: 'Enhet for psykisk helse og rus har holdt to dialogkafeer etter denne modellen, sammen med LPP. Neste tema er pårørende til unge voksne.',
      },
    ],
  },
  {
    slug: 'brukerstyrte-plasser-i-dognavdeling',
    organisation: 'st-olavs-hospital-klinikk-for-psykisk-helsevern',
    state: 'PUBLISHED',
    daysAgo: 75,
    content: {
      language: 'nb',
      title: 'Brukerstyrte plasser i døgnavdeling',
      summary:
        'Pasienter som kjenner sine egne varselsignaler, kan legge seg inn selv i inntil fem døgn uten å gå via lege. Avtalen lages på forhånd, og pasienten avgjør selv når oppholdet trengs.',
      background: md(
        'Mange med langvarige psykiske lidelser har opplevd at hjelpen er vanskeligst å få akkurat når de trenger den mest, og at de da mister kontrollen over hva som skjer. Brukerstyrte plasser finnes mange steder i landet, og vi ville gjøre ordningen til en fast del av tilbudet vårt.',
      ),
      approach: md(
        '- Pasienten, behandleren og avdelingen lager en skriftlig avtale som gjelder ett år av gangen.\n' +
          '- Pasienten ringer selv til avdelingen og får komme samme dag hvis en av de brukerstyrte sengene er ledig.\n' +
          '- Oppholdet varer i inntil fem døgn, og pasienten velger selv om det skal være samtaler eller bare ro.\n' +
          '- Etter hvert opphold tar vi en kort prat om hva som hjalp.',
        'Avtalen tilbys pasienter som har vært innlagt flere ganger, etter en samtale med behandleren. Kontaktpersonen i kommunen får beskjed hvis pasienten ønsker det.',
      ),
      experiences: md(
        'Pasientene forteller at bare det å vite at plassen finnes, gir trygghet. Flere bruker den sjeldnere enn de trodde, og legger seg inn tidligere og for kortere tid enn før.',
        'For personalet var det en overgang å ikke skulle vurdere om innleggelsen var nødvendig. Vi har snakket mye om tillit og om å gi fra oss makt.',
      ),
      results:
        'Tjue pasienter har nå avtale. Blant dem som har hatt avtale i mer enn ett år, er det færre tvangsinnleggelser enn før, men tallene er små, og vi har ikke sammenlignet med noen kontrollgruppe.',
      contactName: 'Lars Brekke',
      contactRole: 'Seksjonsleder, døgnseksjon',
      contactEmail: '',
      chime: ['EMPOWERMENT'],
      chimeSubthemes: ['CONTROL_OVER_LIFE', 'PERSONAL_RESPONSIBILITY'],
      levels: ['SERVICE', 'SYSTEM'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH'],
      themes: ['MENTAL_HEALTH', 'USER_INVOLVEMENT'],
      ongoing: true,
    },
  },
  {
    slug: 'jobbstotte-i-samarbeid-med-nav',
    organisation: 'stjordal-kommune',
    state: 'PUBLISHED',
    daysAgo: 20,
    content: {
      language: 'nb',
      title: 'Jobbstøtte i samarbeid med NAV',
      summary:
        'En jobbspesialist i psykisk helsetjenesten hjelper folk som vil jobbe, med å finne og beholde en vanlig jobb. Vi følger prinsippene i individuell jobbstøtte (IPS): raskt i gang med jobbsøk, deltakerens egne ønsker og tett samarbeid med behandlerne.',
      background: md(
        'Mange av dem vi følger opp, sier at de vil jobbe, men har fått høre at de må bli friskere først. Erfaringer fra IPS viser at mange klarer seg godt i ordinært arbeid med riktig støtte, og at jobben ofte blir en del av bedringsprosessen i stedet for et mål langt der framme.',
      ),
      approach: md(
        '- Én jobbspesialist i full stilling, finansiert sammen med NAV, med 15–20 deltakere.\n' +
          '- Det eneste kravet er at du selv ønsker deg en jobb.\n' +
          '- Jobbsøket begynner i løpet av den første måneden, ut fra hva deltakeren vil og kan.\n' +
          '- Jobbspesialisten besøker arbeidsgivere, blir med på intervjuer og følger opp så lenge det trengs.\n' +
          '- Fast møte hver uke med psykisk helsetjenesten og NAV-veilederen.',
        'Alle ansatte i tjenesten kan spørre brukerne om de vil jobbe, og deltakerne kan også ta kontakt selv.',
      ),
      experiences: md(
        'Vi har lært å ikke vente med å spørre om arbeid. Arbeidsgiverne har vært mer åpne enn vi trodde, særlig når de vet at de har noen å ringe.',
        'Det var tungt å få til et tett samarbeid på tvers av etatene; de faste ukemøtene ble nøkkelen.',
      ),
      results:
        'I løpet av de to første årene har 31 personer deltatt, og 13 av dem har fått lønnet arbeid, de fleste i deltidsstillinger. Flere forteller at det å ha en arbeidsplass å gå til, har gitt dem en ny rolle og et annet syn på seg selv.',
      contactName: 'Ole Martin Ness',
      contactRole: 'Jobbspesialist',
      contactEmail: 'ole.martin.ness@demo.knutepunkt.no',
      chime: ['MEANING', 'IDENTITY'],
      chimeSubthemes: ['SOCIAL_ROLES', 'REBUILDING_LIFE', 'POSITIVE_IDENTITY'],
      levels: ['INDIVIDUAL', 'SOCIETY'],
      targetGroups: ['ADULTS', 'YOUNG_ADULTS', 'MENTAL_HEALTH'],
      themes: ['WORK', 'ECONOMY'],
      ongoing: true,
    },
  },
  {
    slug: 'turgruppe-med-erfaringsmedarbeider',
    organisation: 'malvik-kommune',
    state: 'PUBLISHED',
    daysAgo: 640,
    archivedDaysAgo: 45,
    content: {
      language: 'nb',
      title: 'Turgruppe med erfaringsmedarbeider',
      summary:
        'En lavterskel turgruppe som gikk én gang i uka i marka rundt Hommelvik, ledet av en erfaringsmedarbeider og en miljøterapeut. Tilbudet var et prosjekt over to sesonger og er nå avsluttet.',
      background: md(
        'Flere brukere sa at de ville være mer i aktivitet, men at det var for stort å melde seg inn i et idrettslag alene. Vi fikk prosjektmidler til å prøve ut en turgruppe.',
      ),
      approach: md(
        '- Én tur i uka på en til to timer, fra vår til høst.\n' +
          '- Oppmøte ved biblioteket, uten påmelding.\n' +
          '- En erfaringsmedarbeider og en miljøterapeut gikk hver gang, og tempoet ble lagt etter den som gikk saktest.\n' +
          '- Kaffe og matpakke underveis.',
      ),
      experiences:
        'Det kom sjelden mange, men de som kom, kom igjen. Praten gikk lettere når vi gikk side om side enn når vi satt ansikt til ansikt.',
      results:
        'Mellom fire og åtte personer gikk jevnlig. Da prosjektmidlene tok slutt, tok to av deltakerne og det lokale turlaget over ansvaret for en åpen turgruppe, så tilbudet lever videre i frivillig regi.',
      contactName: 'Berit Strand',
      contactRole: 'Enhetsleder',
      contactEmail: '',
      chime: ['CONNECTEDNESS'],
      chimeSubthemes: ['PEER_SUPPORT', 'COMMUNITY'],
      levels: ['INDIVIDUAL'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH'],
      themes: ['PHYSICAL_ACTIVITY', 'COMMUNITY_AND_NETWORK'],
      ongoing: false,
    },
  },
  {
    // In review, so the demo editor and coordinator can try the review.
    slug: 'likepersonsamtale-for-gruppestart',
    organisation: 'trondheim-kommune',
    state: 'IN_REVIEW',
    daysAgo: 2,
    content: {
      language: 'nb',
      title: 'Likepersonsamtale før gruppestart',
      summary:
        'Før de begynner i reSTART, får alle deltakerne tilbud om en samtale med erfaringsmedarbeideren i Recovery team. Samtalen skal gjøre det lettere å ta steget inn i en gruppe.',
      background: md(
        'Noen av dem som takket ja til reSTART, møtte aldri opp første gang. I ettersamtalene fortalte flere at de hadde gruet seg til å sitte i en gruppe med fremmede. Vi ville prøve om en samtale med en som selv har gått en lignende vei, kunne hjelpe.',
      ),
      approach: md(
        '- Én samtale på en time, en til to uker før gruppestart, i tillegg til startsamtalen.\n' +
          '- Erfaringsmedarbeideren forteller kort om egen bedringsprosess og om hvordan det var å være i gruppe.\n' +
          '- Deltakeren velger sted: på kontoret, på kafé eller på tur.\n' +
          '- Samtalen er frivillig, og vi skriver bare et kort notat om at den har funnet sted.',
      ),
      experiences:
        'Så langt har nesten alle takket ja. Flere har sagt at de kom til første samling fordi de visste at det var minst ett kjent ansikt der.',
      results:
        'Vi har prøvd ordningen i to grupper. Bare én av tolv deltakere uteble fra første samling, mot tre–fire per gruppe tidligere. Tallene er små, og vi fortsetter utprøvingen.',
      contactName: 'Ingrid Solberg',
      contactRole: 'Fagkoordinator, Recovery team',
      contactEmail: 'ingrid.solberg@demo.knutepunkt.no',
      chime: ['HOPE', 'CONNECTEDNESS'],
      chimeSubthemes: ['HOPE_RELATIONSHIPS', 'PEER_SUPPORT'],
      levels: ['INDIVIDUAL'],
      targetGroups: ['ADULTS', 'MENTAL_HEALTH', 'SUBSTANCE_USE'],
      themes: ['LIVED_EXPERIENCE', 'MENTAL_HEALTH'],
      ongoing: true,
    },
  },
  {
    // A draft only half written, as drafts are.
    slug: 'brukerpanel-for-nettverket',
    organisation: 'kbt-midt-norge',
    state: 'DRAFT',
    daysAgo: 5,
    content: {
      language: 'nb',
      title: 'Brukerpanel før nettverkssamlingene',
      summary:
        'Et panel av brukere og pårørende som gir innspill til temaene før hver samling i Recovery-nettverk Midt-Norge.',
      background:
        'Nettverkssamlingene planlegges i dag av koordinatoren sammen med noen få organisasjoner. Vi vil prøve ut et fast panel som kan si hva brukerne mener er viktigst å ta opp.',
      approach: '',
      experiences: '',
      results: '',
      contactName: '',
      contactRole: '',
      contactEmail: '',
      chime: ['EMPOWERMENT'],
      chimeSubthemes: [],
      levels: ['SYSTEM'],
      targetGroups: [],
      themes: ['USER_INVOLVEMENT'],
      ongoing: true,
    },
  },
];
