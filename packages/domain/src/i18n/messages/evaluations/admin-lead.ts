import { defineMessages } from '../../define.ts';

/** Handing an evaluation's lead over, on the admin app's team page (docs/adr/0025). */
export const evaluationsAdminLead = defineMessages({
  'evaluations.admin.setup.lead.title': { nb: 'Gi ledelsen videre', nn: 'Gi leiinga vidare', en: 'Hand over the lead' },
  'evaluations.admin.setup.lead.intro': {
    nb: 'Den nye lederen må være koordinator i nettverket. Når ledelsen er gitt videre, mister du tilgangen til evalueringen, med mindre du er administrator.',
    nn: 'Den nye leiaren må vere koordinator i nettverket. Når leiinga er gitt vidare, mistar du tilgangen til evalueringa, om du ikkje er administrator.',
    en: 'The new lead must be a coordinator of the network. Once the lead is handed over, you lose access to the evaluation unless you are an administrator.',
  },
  'evaluations.admin.setup.lead.person': { nb: 'Ny leder', nn: 'Ny leiar', en: 'New lead' },
  'evaluations.admin.setup.lead.chooseFirst': {
    nb: 'Velg hvem som skal lede evalueringen.',
    nn: 'Vel kven som skal leie evalueringa.',
    en: 'Choose who is to lead the evaluation.',
  },
  'evaluations.admin.setup.lead.confirm': {
    nb: 'Gi ledelsen av «{title}» til {name}?',
    nn: 'Gi leiinga av «{title}» til {name}?',
    en: 'Hand the lead of “{title}” to {name}?',
  },
  'evaluations.admin.setup.lead.done': {
    nb: '{name} leder nå evalueringen.',
    nn: '{name} leiar no evalueringa.',
    en: '{name} now leads the evaluation.',
  },
  'evaluations.admin.setup.lead.none': {
    nb: 'Nettverket har ingen andre koordinatorer å gi ledelsen til.',
    nn: 'Nettverket har ingen andre koordinatorar å gi leiinga til.',
    en: 'The network has no other coordinators to hand the lead to.',
  },
});
