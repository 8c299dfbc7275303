import type { CompletedEvaluationData } from './evaluations-shape.ts';

/**
 * What came of the completed evaluation (evaluations-data-nb.ts): the team's themes and
 * findings with the notes they rest on and four quotes, the recommendations with the service's
 * responses and its status at the 6-month follow-up, and the report's sections. Made up for the
 * demo like the rest; the quotes are sentences of their notes and pass the re-identification
 * check. Days are counted from the publication day.
 */
export const MOTEPLASSEN_OUTCOME: Pick<
  CompletedEvaluationData,
  'findingsShared' | 'responded' | 'themes' | 'recommendations' | 'report'
> = {
  findingsShared: -60,
  responded: 21,
  themes: [
    {
      title: 'Terskelen inn',
      description: 'Hvordan det er å komme til møteplassen, særlig de første gangene.',
      findings: [
        {
          text: 'Mange synes det er vanskelig å gå inn døra første gang. Det hjelper å få følge av noen man kjenner og å bli tatt godt imot.',
          notes: [
            ['G1', 'q1'],
            ['G2', 'q1'],
            ['I1', 'q1'],
          ],
        },
        {
          text: 'Nye brukere kan føle seg utenfor når de faste sitter sammen, og mange vet ikke at stedet er brukerstyrt.',
          notes: [
            ['G2', 'q1'],
            ['G2', 'q2'],
          ],
          quotes: [{ from: ['G2', 'q2'], text: 'Det er lett å føle seg som gjest i andres stue.' }],
        },
      ],
    },
    {
      title: 'Fellesskap og medvirkning',
      description: 'Hva som samler folk, og hvordan brukerne er med og bestemmer.',
      findings: [
        {
          text: 'Lunsjen og de kreative aktivitetene samler folk. Flere ønsker mer fysisk aktivitet og hjelp med skjemaer og søknader.',
          notes: [
            ['G1', 'q3'],
            ['G3', 'q3'],
          ],
        },
        {
          text: 'Husmøtet fungerer for dem som går dit, men mange vet ikke når det er, og det er ofte de samme som har ordet.',
          notes: [
            ['G3', 'q4'],
            ['I3', 'q4'],
          ],
          quotes: [{ from: ['G3', 'q4'], text: 'Husmøtet er bra, men det er alltid de samme som snakker.' }],
        },
        {
          text: 'Vertskapet bærer mye ansvar og savner opplæring og støtte når det blir vanskelig.',
          notes: [
            ['G5', 'q4'],
            ['G5', 'q7'],
          ],
          quotes: [{ from: ['G5', 'q4'], text: 'Vi skal være vertskap, ikke vaktmestere.' }],
        },
        {
          // Kept inside the team: too little to say anything for sure.
          text: 'Noen ønsker strengere husregler, andre er redde for at stedet da blir mindre åpent. Vi har for lite til å konkludere.',
          shared: false,
          notes: [['G4', 'q7']],
        },
      ],
    },
    {
      title: 'En hverdag med mening',
      description: 'Hva møteplassen betyr for hverdagen, og hva som holder noen borte.',
      findings: [
        {
          text: 'For mange gir møteplassen struktur i uka og en følelse av å bety noe for andre.',
          notes: [
            ['G1', 'q6'],
            ['G3', 'q6'],
            ['I1', 'q6'],
          ],
          quotes: [{ from: ['G3', 'q6'], text: 'Her er jeg ikke en pasient, her er jeg en som lager kaffe.' }],
        },
        {
          text: 'Noen har sluttet å komme på grunn av reisevei, uro og mangel på faste aktiviteter. Flere ønsker kveldsåpent og et stille rom.',
          notes: [
            ['G4', 'q2'],
            ['G2', 'q5'],
            ['I2', 'q2'],
            ['I2', 'q5'],
          ],
        },
      ],
    },
  ],
  recommendations: [
    {
      title: 'Gjør det lettere å komme første gang',
      body: 'Innfør en fadderordning der noen fra vertskapet tar imot nye de første gangene. Bytt skiltet på døra, og lag en enkel brosjyre som forteller at stedet er brukerstyrt.',
      response: 'agreed',
      plannedAction: 'Fadderordning fra høsten. Nytt skilt og brosjyre lages sammen med vertskapet.',
      responsible: 'Vertskapet, med støtte fra Enhet for psykisk helse og rus',
      sixMonths: { status: 'done', comment: 'Fadderordningen er i gang, og det nye skiltet er satt opp.' },
    },
    {
      title: 'Gjør husmøtet synlig for alle',
      body: 'Sett faste datoer, heng saksliste og referat på en tavle ved inngangen, og start med en runde så alle får ordet.',
      response: 'agreed',
      plannedAction: 'Fast husmøte en gang i måneden, med tavle ved inngangen.',
      responsible: 'Vertskapet',
      sixMonths: {
        status: 'in_progress',
        comment: 'Tavla er på plass og runden er prøvd, men fortsatt kommer få på husmøtet.',
      },
    },
    {
      title: 'Gi vertskapet opplæring og støtte',
      body: 'Tilby kurs i konflikthåndtering, og gi vertskapet en fast kontaktperson i kommunen de kan ringe ved behov.',
      response: 'partly',
      plannedAction:
        'Kurs i konflikthåndtering til våren og en fast kontaktperson på dagtid. Vakttelefon på kveldstid har vi ikke midler til.',
      responsible: 'Enhet for psykisk helse og rus',
      sixMonths: { status: 'in_progress', comment: 'Kurset er bestilt. Kontaktpersonen er på plass på dagtid.' },
    },
    {
      title: 'Prøv kveldsåpent og et stille rom',
      body: 'Hold åpent én kveld i uka i en prøveperiode, og gjør det minste rommet om til et skjermet rom med sofa.',
      response: 'not_agreed',
      plannedAction:
        'Vi har verken lokaler eller folk til kveldsåpent nå. Et stille rom vurderes når leieavtalen skal fornyes.',
      responsible: 'Enhet for psykisk helse og rus',
      sixMonths: { status: 'not_started', comment: 'Ikke påbegynt. Tas opp igjen i budsjettarbeidet.' },
    },
  ],
  report: {
    summary:
      'Brukerne beskriver møteplassen som et trygt sted med et godt fellesskap, der lunsjen og aktivitetene gir struktur i uka. ' +
      'Samtidig er terskelen høy for nye, husmøtet når få, og vertskapet bærer mye ansvar uten nok støtte.\n\n' +
      'Vi gir fire anbefalinger: gjør det lettere å komme første gang, gjør husmøtet synlig for alle, ' +
      'gi vertskapet opplæring og støtte, og prøv kveldsåpent og et stille rom.',
    background:
      'Møteplassen er et brukerstyrt treffsted i Trondheim kommune, åpent på hverdager. Brukerne driver stedet selv som vertskap, ' +
      'med støtte fra kommunen. Kommunen ba KBT Midt-Norge om en Bruker Spør Bruker-evaluering for å få vite hva stedet betyr ' +
      'for dem som bruker det, og hva som kan bli bedre.\n\n' +
      '*Dette er et oppdiktet eksempel laget for demoen av Knutepunkt. Møteplassen, intervjuene, svarene og sitatene finnes ikke.*',
    method:
      'Intervjuene ble gjort av opplærte brukerintervjuere, som selv har erfaring med psykisk helse- og rustjenester. ' +
      'Vi hadde gruppeintervjuer og noen individuelle intervjuer, etter en intervjuguide med tre temaer. ' +
      'I tillegg lå et spørreskjema på papir ute på møteplassen i fire uker.\n\n' +
      'Ingen navn er skrevet ned, og notatene er lagret kryptert. Tall for grupper med færre enn fem personer vises ikke.',
    easyRead:
      'Vi har spurt dem som bruker møteplassen hva de synes.\n\n' +
      'De fleste liker å komme dit. De liker lunsjen og å treffe andre.\n\n' +
      'Det kan være skummelt å komme første gang. Ikke alle vet om husmøtet.\n\n' +
      'Vi foreslår fire ting som kan gjøre møteplassen bedre.',
  },
};
