import { defineMessages } from '../../define.ts';

/** Networks on the web app: the list and a network's page. */
export const networksWeb = defineMessages({
  'networks.web.list.title': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
  'networks.web.list.intro': {
    nb: 'Nettverkene samler kommuner, spesialisthelsetjenesten og bruker- og pårørendeorganisasjoner som vil lære av hverandre.',
    nn: 'Nettverka samlar kommunar, spesialisthelsetenesta og brukar- og pårørandeorganisasjonar som vil lære av kvarandre.',
    en: 'The networks bring together municipalities, specialist health services, and user and next-of-kin organisations who want to learn from each other.',
  },
  'networks.web.national': { nb: 'hele landet', nn: 'heile landet', en: 'all of Norway' },
  'networks.web.coverageList': { nb: '{first} og {last}', nn: '{first} og {last}', en: '{first} and {last}' },
  'networks.web.summary': {
    nb: '{count} medlemsorganisasjoner · {coverage}',
    nn: '{count} medlemsorganisasjonar · {coverage}',
    en: '{count} member organisations · {coverage}',
  },
  'networks.web.summaryOne': {
    nb: '1 medlemsorganisasjon · {coverage}',
    nn: '1 medlemsorganisasjon · {coverage}',
    en: '1 member organisation · {coverage}',
  },
  'networks.web.page.back': { nb: 'Alle nettverk', nn: 'Alle nettverk', en: 'All networks' },
  'networks.web.page.area': { nb: 'Område', nn: 'Område', en: 'Area' },
  'networks.web.page.members': {
    nb: 'Medlemsorganisasjoner ({count})',
    nn: 'Medlemsorganisasjonar ({count})',
    en: 'Member organisations ({count})',
  },
  'networks.web.page.noMembers': {
    nb: 'Nettverket har ingen medlemsorganisasjoner ennå.',
    nn: 'Nettverket har ingen medlemsorganisasjonar enno.',
    en: 'The network has no member organisations yet.',
  },
});
