import { defineMessages } from '../../define.ts';

/** The lead's interview guide and questionnaire builder in the admin app (docs/adr/0025). */
export const evaluationsAdminInstruments = defineMessages({
  'evaluations.admin.guide.title': { nb: 'Intervjuguide', nn: 'Intervjuguide', en: 'Interview guide' },
  'evaluations.admin.guide.intro': {
    nb: 'Temaene og spørsmålene intervjuerne går gjennom. Når en versjon er brukt i et intervju, blir den aldri endret: lagrer du da, blir det en ny versjon.',
    nn: 'Temaa og spørsmåla intervjuarane går gjennom. Når ein versjon er brukt i eit intervju, blir han aldri endra: lagrar du då, blir det ein ny versjon.',
    en: 'The themes and questions the interviewers go through. Once a version has been used in an interview it never changes: saving then makes a new version.',
  },
  'evaluations.admin.guide.inUseNote': {
    nb: 'Versjon {version} er brukt i intervjuer. Når du lagrer, blir det en ny versjon.',
    nn: 'Versjon {version} er brukt i intervju. Når du lagrar, blir det ein ny versjon.',
    en: 'Version {version} has been used in interviews. Saving makes a new version.',
  },
  'evaluations.admin.guide.theme': { nb: 'Tema {n}', nn: 'Tema {n}', en: 'Theme {n}' },
  'evaluations.admin.guide.question': {
    nb: 'Spørsmål {n} i tema {theme}',
    nn: 'Spørsmål {n} i tema {theme}',
    en: 'Question {n} in theme {theme}',
  },
  'evaluations.admin.guide.key': { nb: 'Nøkkel: {key}', nn: 'Nøkkel: {key}', en: 'Key: {key}' },
  'evaluations.admin.guide.moveUp': { nb: 'Flytt opp: {name}', nn: 'Flytt opp: {name}', en: 'Move up: {name}' },
  'evaluations.admin.guide.moveDown': { nb: 'Flytt ned: {name}', nn: 'Flytt ned: {name}', en: 'Move down: {name}' },
  'evaluations.admin.guide.remove': { nb: 'Fjern: {name}', nn: 'Fjern: {name}', en: 'Remove: {name}' },
  'evaluations.admin.guide.addQuestion': {
    nb: 'Legg til spørsmål i {name}',
    nn: 'Legg til spørsmål i {name}',
    en: 'Add a question to {name}',
  },
  'evaluations.admin.guide.addTheme': { nb: 'Legg til tema', nn: 'Legg til tema', en: 'Add a theme' },
  'evaluations.admin.guide.save': { nb: 'Lagre guiden', nn: 'Lagre guiden', en: 'Save the guide' },
  'evaluations.admin.guide.saved.created': {
    nb: 'Lagret som ny versjon {version}.',
    nn: 'Lagra som ny versjon {version}.',
    en: 'Saved as new version {version}.',
  },
  'evaluations.admin.guide.saved.updated': {
    nb: 'Versjon {version} er lagret.',
    nn: 'Versjon {version} er lagra.',
    en: 'Version {version} has been saved.',
  },
  'evaluations.admin.guide.saved.unchanged': {
    nb: 'Ingen endringer å lagre i versjon {version}.',
    nn: 'Ingen endringar å lagre i versjon {version}.',
    en: 'No changes to save in version {version}.',
  },
  'evaluations.admin.guide.versions': { nb: 'Versjoner', nn: 'Versjonar', en: 'Versions' },
  'evaluations.admin.guide.col.version': { nb: 'Versjon', nn: 'Versjon', en: 'Version' },
  'evaluations.admin.guide.col.date': { nb: 'Dato', nn: 'Dato', en: 'Date' },
  'evaluations.admin.guide.col.author': { nb: 'Laget av', nn: 'Laga av', en: 'Made by' },
  'evaluations.admin.guide.col.inUse': { nb: 'I bruk', nn: 'I bruk', en: 'In use' },
  'evaluations.admin.guide.inUse': {
    nb: 'Ja, i {n} intervjuer',
    nn: 'Ja, i {n} intervju',
    en: 'Yes, in {n} interviews',
  },
  'evaluations.admin.guide.notInUse': { nb: 'Nei', nn: 'Nei', en: 'No' },
  'evaluations.admin.guide.empty': {
    nb: 'Guiden er ikke lagret ennå.',
    nn: 'Guiden er ikkje lagra enno.',
    en: 'The guide has not been saved yet.',
  },
});
