import { defineMessages } from '../define.ts';

/** Interface strings: networks. Every key in bokmål, nynorsk and English. */
export const networks = defineMessages({
  'network.list.title': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
  'network.list.intro': {
    nb: 'Nettverkene samler kommuner, spesialisthelsetjenesten og bruker- og pårørendeorganisasjoner som vil lære av hverandre.',
    nn: 'Nettverka samlar kommunar, spesialisthelsetenesta og brukar- og pårørandeorganisasjonar som vil lære av kvarandre.',
    en: 'The networks bring together municipalities, specialist health services, and user and next-of-kin organisations who want to learn from each other.',
  },
  'network.national': { nb: 'hele landet', nn: 'heile landet', en: 'all of Norway' },
  'network.coverageList': { nb: '{first} og {last}', nn: '{first} og {last}', en: '{first} and {last}' },
  'network.summary': {
    nb: '{count} medlemsorganisasjoner · {coverage}',
    nn: '{count} medlemsorganisasjonar · {coverage}',
    en: '{count} member organisations · {coverage}',
  },
  'network.summaryOne': {
    nb: '1 medlemsorganisasjon · {coverage}',
    nn: '1 medlemsorganisasjon · {coverage}',
    en: '1 member organisation · {coverage}',
  },
  'network.page.back': { nb: 'Alle nettverk', nn: 'Alle nettverk', en: 'All networks' },
  'network.page.area': { nb: 'Område', nn: 'Område', en: 'Area' },
  'network.page.members': {
    nb: 'Medlemsorganisasjoner ({count})',
    nn: 'Medlemsorganisasjonar ({count})',
    en: 'Member organisations ({count})',
  },
  'network.page.noMembers': {
    nb: 'Nettverket har ingen medlemsorganisasjoner ennå.',
    nn: 'Nettverket har ingen medlemsorganisasjonar enno.',
    en: 'The network has no member organisations yet.',
  },
});
