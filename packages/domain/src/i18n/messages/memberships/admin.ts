import { defineMessages } from '../../define.ts';

/** Links to organisations in the admin app: approving, rejecting, changing roles, removing. */
export const membershipsAdmin = defineMessages({
  'memberships.admin.col.person': { nb: 'Person', nn: 'Person', en: 'Person' },
  'memberships.admin.col.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'memberships.admin.col.note': { nb: 'Melding', nn: 'Melding', en: 'Message' },
  'memberships.admin.col.requested': { nb: 'Sendt', nn: 'Sendt', en: 'Sent' },
  'memberships.admin.col.role': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'memberships.admin.approveMember': { nb: 'Godkjenn som medlem', nn: 'Godkjenn som medlem', en: 'Approve as member' },
  'memberships.admin.approveEditor': {
    nb: 'Godkjenn som redaktør',
    nn: 'Godkjenn som redaktør',
    en: 'Approve as editor',
  },
  'memberships.admin.reject': { nb: 'Avslå', nn: 'Avslå', en: 'Reject' },
  'memberships.admin.makeEditor': { nb: 'Gjør til redaktør', nn: 'Gjer til redaktør', en: 'Make editor' },
  'memberships.admin.makeMember': { nb: 'Gjør til medlem', nn: 'Gjer til medlem', en: 'Make member' },
  'memberships.admin.remove': { nb: 'Fjern tilknytningen', nn: 'Fjern tilknytinga', en: 'Remove link' },
  'memberships.admin.approved': {
    nb: '{person} er godkjent som {role} i {organisation}.',
    nn: '{person} er godkjend som {role} i {organisation}.',
    en: '{person} has been approved as {role} of {organisation}.',
  },
  'memberships.admin.rejected': {
    nb: 'Forespørselen fra {person} er avslått.',
    nn: 'Førespurnaden frå {person} er avslått.',
    en: 'The request from {person} has been rejected.',
  },
  'memberships.admin.roleChanged': {
    nb: '{person} er nå {role} i {organisation}.',
    nn: '{person} er no {role} i {organisation}.',
    en: '{person} is now {role} of {organisation}.',
  },
  'memberships.admin.removed': {
    nb: '{person} er ikke lenger knyttet til {organisation}.',
    nn: '{person} er ikkje lenger knytt til {organisation}.',
    en: '{person} is no longer linked to {organisation}.',
  },
  'memberships.admin.rejectTitle': {
    nb: 'Avslå forespørselen fra {person}?',
    nn: 'Avslå førespurnaden frå {person}?',
    en: 'Reject the request from {person}?',
  },
  'memberships.admin.rejectText': {
    nb: '{person} blir ikke knyttet til {organisation}. Personen kan be om tilknytning på nytt senere.',
    nn: '{person} blir ikkje knytt til {organisation}. Personen kan be om tilknyting på nytt seinare.',
    en: '{person} will not be linked to {organisation}. They can ask again later.',
  },
  'memberships.admin.rejectConfirm': { nb: 'Ja, avslå', nn: 'Ja, avslå', en: 'Yes, reject' },
  'memberships.admin.removeTitle': {
    nb: 'Fjerne tilknytningen til {person}?',
    nn: 'Fjerne tilknytinga til {person}?',
    en: 'Remove the link for {person}?',
  },
  'memberships.admin.removeText': {
    nb: '{person} blir ikke lenger knyttet til {organisation} og mister rettighetene sine der. Kontoen blir ikke slettet.',
    nn: '{person} blir ikkje lenger knytt til {organisation} og mistar rettane sine der. Kontoen blir ikkje sletta.',
    en: '{person} will no longer be linked to {organisation} and loses their rights there. The account is not deleted.',
  },
  'memberships.admin.removeConfirm': {
    nb: 'Ja, fjern tilknytningen',
    nn: 'Ja, fjern tilknytinga',
    en: 'Yes, remove the link',
  },
  'memberships.admin.roleInline.MEMBER': { nb: 'medlem', nn: 'medlem', en: 'a member' },
  'memberships.admin.roleInline.EDITOR': { nb: 'redaktør', nn: 'redaktør', en: 'an editor' },
  'memberships.admin.status.PENDING': { nb: 'Venter', nn: 'Ventar', en: 'Pending' },
  'memberships.admin.status.APPROVED': { nb: 'Godkjent', nn: 'Godkjend', en: 'Approved' },
  'memberships.admin.status.REJECTED': { nb: 'Avslått', nn: 'Avslått', en: 'Rejected' },
});
