import type { CountyCode } from '@knutepunkt/domain';
import type { OrganisationType } from '../generated/prisma/enums.ts';

/**
 * The organisations of the demo. They are real actors in the Norwegian
 * recovery field, described in our own words from public sources
 * (/work/shared/seeds and the organisations' own pages). Websites are the
 * organisations' real public domains; no phone numbers and no personal
 * addresses, so nothing here can reach a real person.
 *
 * Where a fact was uncertain (an office address, a county for a national
 * body) the field is left empty rather than guessed.
 */
export interface DemoOrganisation {
  slug: string;
  name: string;
  type: OrganisationType;
  county: CountyCode | null;
  municipality: string | null;
  website: string | null;
  description: string;
  /** The description's language; bokmål unless said. */
  language?: 'nb' | 'nn';
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    slug: 'kbt-midt-norge',
    name: 'KBT Midt-Norge',
    type: 'USER_LED_CENTRE',
    county: '50',
    municipality: 'Trondheim',
    website: 'https://kbtkompetanse.no',
    description:
      'Regionalt brukerstyrt senter i Trondheim (Kompetansesenter for brukererfaring og tjenesteutvikling). ' +
      'KBT samler erfaringene til folk som bruker psykisk helse- og rustjenester og gjør dem om til kunnskap tjenestene kan bruke, ' +
      'blant annet gjennom Bruker Spør Bruker-evalueringer der opplærte brukerintervjuere snakker med andre brukere. ' +
      'Tok i 2018 initiativet til Recovery-nettverk Midt-Norge og er ett av sentrene i Knutepunkt for Recovery.',
  },
  {
    slug: 'napha',
    name: 'NAPHA – Nasjonalt kompetansesenter for psykisk helsearbeid',
    type: 'COMPETENCE_CENTRE',
    county: '50',
    municipality: 'Trondheim',
    website: 'https://www.napha.no',
    description:
      'Nasjonalt kompetansesenter som hjelper kommunene med psykisk helsearbeid for voksne. ' +
      'Sprer kunnskap om hva som gjør tjenestene mer recoveryorienterte, og besøker gjerne kommunene på deres egne samlinger. ' +
      'Var med og startet Recovery-nettverk Midt-Norge og står bak Nasjonal konferanse for recovery sammen med de brukerstyrte sentrene.',
  },
  {
    slug: 'trondheim-kommune',
    name: 'Trondheim kommune',
    type: 'MUNICIPALITY',
    county: '50',
    municipality: 'Trondheim',
    website: 'https://www.trondheim.kommune.no',
    description:
      'I Enhet for psykisk helse og rus finnes Recovery team, et tverrfaglig team på fem der én er ansatt som erfaringsmedarbeider. ' +
      'Teamet har laget gruppetilbudet reSTART etter et treårig prosjekt med innspill fra brukerne: ' +
      'først en lang individuell startsamtale, så fire uker med gruppe to ganger i uka, og til slutt en ettersamtale om veien videre. ' +
      'Deltakerne gir tilbakemelding underveis med FIT. Kommunen har også gode erfaringer med stressmestring i gruppe basert på Assistert selvhjelp.',
  },
  {
    slug: 'mestringsenheten-i-sandnes-kommune',
    name: 'Mestringsenheten i Sandnes kommune',
    type: 'MUNICIPALITY',
    county: '11',
    municipality: 'Sandnes',
    website: 'https://www.sandnes.kommune.no',
    description:
      'Kommunens enhet for tjenester innen psykisk helse og rus. ' +
      'Har siden 2015 arbeidet planmessig med recovery: å gjøre verdiene synlige, ta dem i bruk i hverdagen og tilpasse hjelpen ' +
      'etter systematiske tilbakemeldinger fra brukerne gjennom FIT. Avdelingene melder status på felles mål før hver samling, ' +
      'og flere av dem har ansatt erfaringsmedarbeidere.',
  },
  {
    slug: 'glimt-recoverysenter',
    name: 'Glimt Recoverysenter',
    type: 'OTHER',
    county: '50',
    municipality: 'Trondheim',
    website: 'https://www.glimtrecoverysenter.no',
    description:
      'Dagåpen møteplass på Heimdal for alle over 18 år som vil ha et fellesskap og en hverdag med innhold. ' +
      'Åpnet høsten 2019 og drives av KBT på oppdrag fra Trondheim kommune. ' +
      'Deltakerne er med og bestemmer hva som skal skje; musikk med studio og øvingsrom har vært viktig fra starten, ved siden av kunst og annet skapende arbeid. ' +
      'Arbeidet tar utgangspunkt i CHIME-modellen.',
  },
  {
    slug: 'erfaringssentrum',
    name: 'Erfaringssentrum',
    type: 'USER_ORGANISATION',
    // A national body; its office location is not something the demo needs to claim.
    county: null,
    municipality: null,
    website: 'https://erfaringssentrum.no',
    description:
      'Landsdekkende interesseorganisasjon for erfaringskonsulenter, stiftet i 2017. ' +
      'Arbeider for gode arbeidsvilkår og faglig utvikling for dem som bruker egen erfaring som en del av jobben i psykisk helse- og rusfeltet, ' +
      'og er med og arrangerer Nasjonal konferanse for recovery.',
  },
  {
    slug: 'mental-helse-trondelag',
    name: 'Mental Helse Trøndelag',
    type: 'USER_ORGANISATION',
    county: '50',
    municipality: null,
    website: 'https://mentalhelse.no',
    description:
      'Fylkeslaget i Trøndelag av Mental Helse, medlemsorganisasjonen for mennesker med psykiske helseutfordringer, pårørende og andre som bryr seg. ' +
      'Stiller brukerrepresentanter i råd og utvalg og tar medlemmenes erfaringer med seg inn i samarbeidet med kommuner og helseforetak.',
  },
  {
    slug: 'lpp-trondelag',
    name: 'LPP Trøndelag',
    type: 'NEXT_OF_KIN_ORGANISATION',
    county: '50',
    municipality: null,
    website: 'https://www.lpp.no',
    description:
      'Trøndelagslaget av Landsforeningen for pårørende innen psykisk helse. ' +
      'Lager faste treff der pårørende kan møte andre i samme situasjon, og jobber for at kommunene og sykehusene ser på pårørende som samarbeidspartnere.',
  },
  {
    slug: 'st-olavs-hospital-klinikk-for-psykisk-helsevern',
    name: 'St. Olavs hospital – Klinikk for psykisk helsevern',
    type: 'SPECIALIST_SERVICE',
    county: '50',
    municipality: 'Trondheim',
    website: 'https://stolav.no',
    description:
      'Klinikken har ansvaret for psykisk helsevern ved St. Olavs hospital, med poliklinisk, ambulant og døgnbasert behandling. ' +
      'Er med i nettverket for å få til bedre samarbeid med kommunene og mer recoveryorientert praksis på tvers av tjenestenivåene.',
  },
  {
    slug: 'sagatun-brukerstyrt-senter',
    name: 'Sagatun Brukerstyrt Senter',
    type: 'USER_LED_CENTRE',
    county: '34',
    municipality: 'Hamar',
    website: 'https://sagatun.no',
    description:
      'Regionalt brukerstyrt senter på Hamar. Huset er et treffsted med aktiviteter, kurs og tilbud om sysselsetting, ' +
      'og senteret arbeider for at brukernes erfaringer skal telle i utviklingen av tjenestene. ' +
      'I 2017 ble Sagatun evaluert med Bruker Spør Bruker, med særlig vekt på hva senteret betyr for brukernes recovery.',
  },
  {
    slug: 'rio',
    name: 'RIO',
    type: 'USER_ORGANISATION',
    county: null,
    municipality: null,
    website: 'https://rio.no',
    description:
      'Landsdekkende brukerorganisasjon på rusfeltet, startet i 1996 av folk med egen erfaring fra rusavhengighet. ' +
      'Vil at alle med rusutfordringer skal få hjelp når de trenger den, og at erfaringskompetanse skal regnes like mye som annen fagkunnskap.',
  },
  {
    slug: 'malvik-kommune',
    name: 'Malvik kommune',
    type: 'MUNICIPALITY',
    county: '50',
    municipality: 'Malvik',
    website: 'https://www.malvik.kommune.no',
    description:
      'Nabokommune øst for Trondheim. Kommunens tjenester innen psykisk helse og rus bruker nettverket til å lære av andre ' +
      'og til å utvikle tilbud der brukerne er med og bestemmer.',
  },
  {
    slug: 'stjordal-kommune',
    name: 'Stjørdal kommune',
    type: 'MUNICIPALITY',
    county: '50',
    municipality: 'Stjørdal',
    website: 'https://www.stjordal.kommune.no',
    description:
      'Kommune i Trøndelag, der Trondheim lufthavn Værnes ligger. Deltar i nettverket for å dele erfaringer fra eget psykisk helse- og rusarbeid ' +
      'og hente ideer til hvordan tjenestene kan støtte folks egne bedringsprosesser.',
  },
  {
    slug: 'molde-kommune',
    name: 'Molde kommune',
    type: 'MUNICIPALITY',
    county: '15',
    municipality: 'Molde',
    website: 'https://www.molde.kommune.no',
    // Written in nynorsk, as the editor of this profile (a demo account) does.
    language: 'nn',
    description:
      'Kommune i Romsdal. Tenestene innan psykisk helse og rus er med i nettverket for å lære av kommunane i Trøndelag ' +
      'og for å byggje ein praksis der brukarane sine eigne mål styrer hjelpa. ' +
      'Kommunen ønskjer å nytte meir erfaringskompetanse og å få tilbakemeldingar frå brukarane meir systematisk.',
  },
  {
    slug: 'rom-agder',
    name: 'ROM-Agder',
    type: 'USER_LED_CENTRE',
    county: '42',
    municipality: 'Kristiansand',
    website: 'https://www.rom-agder.no',
    description:
      'Regionalt brukerstyrt senter i Kristiansand; ROM står for «Råd og muligheter». Etablert i 2005 og drevet av bruker- og ' +
      'pårørendeorganisasjoner i Agder sammen med blant andre Sørlandet sykehus og Universitetet i Agder. ' +
      'Holder kurs, tilbyr samtaler med likepersoner og har et eget kurs- og recoverysenter.',
  },
  {
    slug: 'bikuben-regionalt-brukerstyrt-senter',
    name: 'Bikuben regionalt brukerstyrt senter',
    type: 'USER_LED_CENTRE',
    county: '55',
    municipality: 'Kvæfjord',
    website: 'https://bikuben.net',
    description:
      'Det regionale brukerstyrte senteret for Nord-Norge, med base på Borkenes i Kvæfjord. ' +
      'Eies av bruker- og pårørendeorganisasjoner i landsdelen og gir kurs og opplæring til brukere, brukerrepresentanter, pårørende og fagfolk ' +
      'i Nordland, Troms og Finnmark – også i de minste kommunene.',
  },
  {
    slug: 'varres-regionalt-brukerstyrt-senter-midt-norge',
    name: 'Vårres regionalt brukerstyrt senter Midt-Norge',
    type: 'USER_LED_CENTRE',
    county: '50',
    municipality: 'Trondheim',
    website: 'https://varres.no',
    // Nynorsk: a realistic share of the directory is written in it.
    language: 'nn',
    description:
      'Regionalt brukarstyrt senter for Midt-Noreg, med kontor i Trondheim og Kristiansund. ' +
      'Samlar og formidlar erfaringar frå barn, unge og vaksne med psykiske vanskar eller avhengigheit, og frå pårørande deira. ' +
      'Held kurs, driv sjølvhjelpsgrupper og lærer opp brukarrepresentantar.',
  },
];
