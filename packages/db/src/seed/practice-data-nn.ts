import { md, type DemoPractice } from './practice-data.ts';

/**
 * The practice bank's demo examples in nynorsk, from the organisations whose
 * profiles are written in it (Molde kommune, Vårres). Same rules as
 * practice-data.ts: own words, modest made-up figures, fictional contacts.
 */
export const DEMO_PRACTICES_NN: readonly DemoPractice[] = [
  {
    slug: 'bustad-forst-i-molde',
    organisation: 'molde-kommune',
    state: 'PUBLISHED',
    daysAgo: 110,
    content: {
      language: 'nn',
      title: 'Bustad først: eigen leilegheit utan krav om å vere rusfri',
      summary:
        'Molde kommune tilbyr eigen bustad til folk som har vore bustadlause lenge, utan at dei først må bli rusfrie eller vise at dei er «klare». Eit lite team følgjer opp heime så tett som kvar enkelt ønskjer.',
      background: md(
        'Nokre av dei som har hatt det vanskelegast med rus og psykisk helse i kommunen, har budd på hybelhus, hos vener eller ute i mange år. Trappetrinnsmodellen, der ein må vise at ein klarer seg før ein får eigen bustad, fungerte dårleg for dei.',
        'Housing First byggjer på at ein trygg bustad er eit utgangspunkt for betring og ikkje ei løn for å ha blitt betre. Vi ville prøve det ut i vår kommune.',
      ),
      approach: md(
        '- Bustaden er ei vanleg kommunal leilegheit, spreidd rundt i byen, med vanleg leigekontrakt.\n' +
          '- Eit team på tre, der éin er erfaringskonsulent, kjem på heimebesøk minst ein gong i veka, oftare om leigetakaren vil.\n' +
          '- Leigetakaren bestemmer sjølv kva hjelpa skal handle om: behandling, økonomi, arbeid eller berre ein kopp kaffi.\n' +
          '- NAV og bustadkontoret er med på eit fast samarbeidsmøte kvar månad.',
        'Tilvisinga kjem frå rustenesta, NAV eller andre kommunale tenester. Teamet møter personen før bustaden blir tildelt, og personen er med og vel.',
      ),
      experiences: md(
        'Det viktigaste vi har lært, er å halde fast på relasjonen også når det går dårleg. Folk har hatt tilbakefall, og det har kome klager frå naboar, men ingen har mista bustaden berre på grunn av rusbruken.',
        'Samarbeidet mellom etatane var tungt i starten. No kjenner vi kvarandre, og saker blir løyste på eitt møte i staden for tre.',
      ),
      results:
        'Elleve personar har fått bustad gjennom tiltaket, og ni av dei bur framleis i same leilegheit etter meir enn eitt år. Fleire har fått fastlege, og nokre har byrja i behandling eller arbeidstrening – fordi dei sjølve ville, ikkje fordi det var eit krav.',
      contactName: 'Sigrid Myklebust',
      contactRole: 'Teamleiar, Bustad først',
      contactEmail: 'sigrid.myklebust@demo.knutepunkt.no',
      chime: ['MEANING', 'EMPOWERMENT'],
      chimeSubthemes: ['REBUILDING_LIFE', 'QUALITY_OF_LIFE', 'CONTROL_OVER_LIFE'],
      levels: ['SERVICE', 'SYSTEM'],
      targetGroups: ['ADULTS', 'CO_OCCURRING', 'SUBSTANCE_USE'],
      themes: ['HOUSING', 'SUBSTANCE_USE', 'ECONOMY'],
      ongoing: true,
    },
  },
  {
    slug: 'ballgruppa-fotball-og-basket',
    organisation: 'molde-kommune',
    state: 'PUBLISHED',
    daysAgo: 260,
    content: {
      language: 'nn',
      title: 'Ballgruppa: fotball og basket kvar veke',
      summary:
        'Ein gong i veka speler brukarar og tilsette fotball eller basket saman i ein vanleg idrettshall. Alle kan vere med, same kva form og ferdigheiter dei har.',
      background: md(
        'Mange av brukarane våre er lite fysisk aktive og fortel at dei kjenner seg utanfor i vanlege idrettslag. Samtidig sa fleire at dei hadde spelt fotball eller basket då dei var yngre, og at dei sakna det.',
      ),
      approach: md(
        '- Kvar torsdag ettermiddag i halvannan time i ein kommunal idrettshall.\n' +
          '- Om sommaren speler vi fotball ute på ein kunstgrasbane.\n' +
          '- To tilsette og ein brukar deler på å leie, og laga blir sette saman på nytt kvar gong.\n' +
          '- Det er inga påmelding; du kan møte opp i joggesko.\n' +
          '- Kommunen har kjøpt inn ballar og treningsvestar.',
        'Vi samarbeider med eit lokalt idrettslag, som har opna for at deltakarane kan bli med på treningane deira for vaksne.',
      ),
      experiences: md(
        'På banen er det ikkje lett å sjå kven som er brukar og kven som er tilsett. Det gjer noko med relasjonane: praten etterpå handlar om måla og om kampen, ikkje om diagnosar.',
        'Det har vore viktig å dempe konkurransen. Vi har ein regel om at alle skal ha vore borti ballen før nokon får score.',
      ),
      results:
        'Mellom 8 og 15 deltek kvar veke. Tre deltakarar har byrja å trene fast i idrettslaget, og éin har teke trenarkurs og hjelper no til på treningane.',
      contactName: 'Eirik Rindal',
      contactRole: 'Miljøarbeidar',
      contactEmail: '',
      chime: ['CONNECTEDNESS', 'IDENTITY'],
      chimeSubthemes: ['COMMUNITY', 'RELATIONSHIPS', 'DIMENSIONS_OF_IDENTITY'],
      levels: ['INDIVIDUAL', 'SOCIETY'],
      targetGroups: ['ADULTS', 'YOUNG_ADULTS', 'MENTAL_HEALTH'],
      themes: ['PHYSICAL_ACTIVITY', 'COMMUNITY_AND_NETWORK'],
      ongoing: true,
    },
  },
  {
    slug: 'kurs-for-parorande',
    organisation: 'varres-regionalt-brukerstyrt-senter-midt-norge',
    state: 'PUBLISHED',
    daysAgo: 200,
    content: {
      language: 'nn',
      title: 'Kurs for pårørande: å stå i det over tid',
      summary:
        'Vårres held eit kurs over fem kveldar for pårørande til vaksne med psykiske vanskar eller rusproblem. Ein pårørande med eiga erfaring og ein fagperson leier kurset, som handlar like mykje om livet til den pårørande som om den som er sjuk.',
      background: md(
        'Pårørande ber ofte tunge byrder over lang tid, og mange blir sjølve slitne eller sjuke. Dei fortel at dei har fått mykje informasjon om diagnosar, men lite hjelp til å ta vare på seg sjølve og til å halde oppe håpet.',
      ),
      approach: md(
        '- Fem kveldar à to og ein halv time, ein gong i veka, for 8–14 deltakarar.\n' +
          '- Tema: kva betring kan vere, grenser og omsorg, å snakke med tenestene, teieplikt og rettar, og å ta vare på seg sjølv.\n' +
          '- Den eine kursleiaren har pårørandeerfaring, den andre er fagperson frå kommunen eller spesialisthelsetenesta.\n' +
          '- Kurset er gratis, og du melder deg på sjølv på nettsida vår eller på telefon.',
        'Vi held kurset i Trondheim og Kristiansund, og av og til digitalt, slik at folk frå mindre kommunar også kan vere med.',
      ),
      experiences: md(
        'Det deltakarane set mest pris på, er å møte andre i same situasjon. Mange held kontakten etter kurset og møtest på eiga hand.',
        'Vi har lært at kveldane må ha god plass til samtale. Då vi fylte programmet med for mykje fagstoff, vart det mindre tid til det deltakarane eigentleg kom for.',
      ),
      results:
        'Kurset har vore halde åtte gonger, med om lag 90 deltakarar til saman. I evalueringane svarar dei fleste at dei har fått meir tru på at både dei sjølve og den dei er glad i, kan få det betre, og at dei har fått ord på kva dei treng.',
      contactName: 'Solveig Hoel',
      contactRole: 'Kursansvarleg',
      contactEmail: 'solveig.hoel@demo.knutepunkt.no',
      chime: ['CONNECTEDNESS', 'HOPE'],
      chimeSubthemes: ['SUPPORT_FROM_OTHERS', 'PEER_SUPPORT', 'BELIEF_IN_RECOVERY'],
      levels: ['INDIVIDUAL'],
      targetGroups: ['NEXT_OF_KIN'],
      themes: ['NEXT_OF_KIN', 'EDUCATION', 'COPING'],
      ongoing: true,
    },
  },
  {
    slug: 'opplaering-av-brukarrepresentantar',
    organisation: 'varres-regionalt-brukerstyrt-senter-midt-norge',
    state: 'PUBLISHED',
    daysAgo: 30,
    content: {
      language: 'nn',
      title: 'Opplæring av brukarrepresentantar',
      summary:
        'Vårres lærer opp brukarar og pårørande som skal sitje i råd, utval og prosjekt i kommunar og helseføretak. Målet er at erfaringa deira skal telje når tenestene blir planlagde.',
      background: md(
        'Kommunar og sjukehus skal la brukarane vere med og bestemme, men det er ikkje alltid lett å vere den einaste med brukarerfaring rundt eit bord fullt av leiarar og fagfolk. Mange brukarrepresentantar fortel at dei ikkje visste kva som var venta av dei, eller korleis dei kunne få gjennomslag.',
      ),
      approach: md(
        '- Grunnkurs over to dagar, to gonger i året, for inntil 20 deltakarar.\n' +
          '- Innhald: korleis tenestene er organiserte, kva ein brukarrepresentant kan og ikkje kan gjere, å tale for fleire enn seg sjølv, og å lese sakspapir.\n' +
          '- Rollespel der deltakarane øver på eit møte med ein kommuneleiar.\n' +
          '- Etter kurset kan deltakarane vere med i ei samtalegruppe for brukarrepresentantar ein gong i månaden.',
        'Kurset er ope for alle som er, eller vil bli, brukarrepresentantar i Midt-Noreg. Dei fleste kjem via bruker- og pårørandeorganisasjonane.',
      ),
      experiences: md(
        'Deltakarane fortel at dei går tryggare inn i møta etter kurset, og at dei torer å stille spørsmål ved saker som blir lagde fram som ferdige. Samtalegruppa har blitt ein stad å få råd og støtte mellom møta.',
        'Somme kommunar ser framleis på brukarrepresentanten som ein formalitet. Difor har vi også byrja å halde korte innlegg for leiarar om korleis dei kan ta imot innspel frå brukarar på ein god måte.',
      ),
      results:
        'Om lag 120 personar har teke grunnkurset. Fleire av dei sit no i brukarråd i kommunar og i helseføretaket, og nokre har gått vidare til arbeid som erfaringskonsulentar.',
      contactName: 'Håkon Bjørnstad',
      contactRole: 'Rådgjevar, brukarmedverknad',
      contactEmail: '',
      chime: ['EMPOWERMENT', 'IDENTITY'],
      chimeSubthemes: ['STRENGTHS', 'PERSONAL_RESPONSIBILITY', 'POSITIVE_IDENTITY'],
      levels: ['SYSTEM'],
      targetGroups: ['ADULTS', 'NEXT_OF_KIN'],
      themes: ['USER_INVOLVEMENT', 'LIVED_EXPERIENCE', 'EDUCATION'],
      ongoing: true,
    },
  },
  {
    // Sent back by the coordinator: the Molde editor can see the comment and revise.
    slug: 'brukarrad-for-psykisk-helse-og-rus',
    organisation: 'molde-kommune',
    state: 'RETURNED',
    daysAgo: 6,
    content: {
      language: 'nn',
      title: 'Brukarråd for psykisk helse og rus',
      summary:
        'Eit brukarråd med brukarar og pårørande gir råd til tenestene innan psykisk helse og rus i Molde kommune.',
      background:
        'Kommunen ønskte å få erfaringane til brukarane inn tidlegare i planlegginga av tenestene, ikkje berre som høyringssvar heilt til slutt.',
      approach: 'Rådet har seks medlemer og møtest fire gonger i året. Leiaren for tenesta er med på møta.',
      experiences: 'Medlemene seier at dei blir lytta til.',
      results: '',
      contactName: 'Sigrid Myklebust',
      contactRole: 'Teamleiar',
      contactEmail: '',
      chime: ['EMPOWERMENT'],
      chimeSubthemes: [],
      levels: ['SYSTEM'],
      targetGroups: ['ADULTS', 'NEXT_OF_KIN'],
      themes: ['USER_INVOLVEMENT'],
      ongoing: true,
    },
    reviewComment:
      'Takk, dette er et fint tiltak å dele! Før vi publiserer: Kan dere skrive litt mer om hvordan medlemmene blir rekruttert, og hva rådet konkret har fått endret så langt? ' +
      'Feltet for resultater er tomt – ett eller to konkrete eksempler holder. Legg gjerne også til et par CHIME-undertemaer.',
  },
];
