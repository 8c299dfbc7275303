import type { CountyCode } from '@knutepunkt/domain';

/** A demo network and its member organisations, by slug (organisations.ts). */
export interface DemoNetwork {
  slug: string;
  name: string;
  /** Empty for a national network. */
  counties: CountyCode[];
  description: string;
  members: string[];
}

export const DEMO_NETWORKS: readonly DemoNetwork[] = [
  {
    slug: 'recovery-nettverk-midt-norge',
    name: 'Recovery-nettverk Midt-Norge',
    counties: ['50', '15'],
    description:
      'Fagnettverk for alle i Midt-Norge som vil gjøre psykisk helse- og rusarbeidet mer recoveryorientert. ' +
      'KBT tok initiativet i 2018, sammen med NAPHA og Trondheim kommune. ' +
      'Kommuner, spesialisthelsetjenesten og bruker- og pårørendeorganisasjoner møtes på nettverkssamlinger omtrent to ganger i året ' +
      'for å dele praksiseksempler, snakke ærlig om hva som er vanskelig og få faglig påfyll. ' +
      'Hver organisasjon sender innspill før samlingen og følger opp det den har påtatt seg til neste gang.',
    members: [
      'kbt-midt-norge',
      'napha',
      'trondheim-kommune',
      'malvik-kommune',
      'stjordal-kommune',
      'molde-kommune',
      'st-olavs-hospital-klinikk-for-psykisk-helsevern',
      'mental-helse-trondelag',
      'lpp-trondelag',
    ],
  },
  {
    slug: 'knutepunkt-for-recovery',
    name: 'Knutepunkt for Recovery',
    counties: [],
    description:
      'De regionale brukerstyrte sentrene (RBS) i Norge, samlet i ett nasjonalt nettverk. ' +
      'Hvert senter er et fysisk sted og en ressurs for recovery i sin region; sammen løfter de fram det brukere og pårørende vet av egen erfaring, ' +
      'slik at det får plass når tjenestene utvikles. Samarbeidet begynte som et felles prosjekt som endte i en rapport i 2019. ' +
      'Sentrene arrangerer Nasjonal konferanse for recovery – «Ingenting om oss uten oss» – sammen med NAPHA og Erfaringssentrum.',
    members: [
      'kbt-midt-norge',
      'sagatun-brukerstyrt-senter',
      'rom-agder',
      'bikuben-regionalt-brukerstyrt-senter',
      'varres-regionalt-brukerstyrt-senter-midt-norge',
    ],
  },
];
