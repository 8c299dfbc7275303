import type { ChimeCategory, ChimeSubtheme, Level, TargetGroup, Theme } from '../../../practice/taxonomy.ts';
import type { VersionState } from '../../../practice/workflow.ts';
import { defineMessages, type Translations } from '../../define.ts';

/** Every tag and state of the practice bank has a label; a code without one is a type error below. */
type PracticeLabelKey =
  | `practice.chime.${ChimeCategory}`
  | `practice.sub.${ChimeSubtheme}`
  | `practice.level.${Level}`
  | `practice.theme.${Theme}`
  | `practice.target.${TargetGroup}`
  | `practice.state.${VersionState}`
  | `practice.section.${'background' | 'approach' | 'experiences' | 'results' | 'contact' | 'summary'}`;

/**
 * The practice bank's (gode praksiseksempler) labels, in both apps: tags, version states and
 * section headings. CHIME follows Leamy et al. (2011); the Norwegian names follow the glossary
 * (Egenmakt, with myndiggjøring in brackets as DESIGN.md calls it).
 */
export const practiceShared = defineMessages({
  // CHIME: the five recovery processes
  'practice.chime.CONNECTEDNESS': { nb: 'Tilhørighet', nn: 'Tilhøyrsle', en: 'Connectedness' },
  'practice.chime.HOPE': { nb: 'Håp', nn: 'Håp', en: 'Hope' },
  'practice.chime.IDENTITY': { nb: 'Identitet', nn: 'Identitet', en: 'Identity' },
  'practice.chime.MEANING': { nb: 'Mening i livet', nn: 'Meining i livet', en: 'Meaning in life' },
  'practice.chime.EMPOWERMENT': { nb: 'Egenmakt (myndiggjøring)', nn: 'Eigenmakt (myndiggjering)', en: 'Empowerment' },

  // CHIME sub-themes: connectedness
  'practice.sub.PEER_SUPPORT': {
    nb: 'Likepersonsstøtte og støttegrupper',
    nn: 'Likepersonsstøtte og støttegrupper',
    en: 'Peer support and support groups',
  },
  'practice.sub.RELATIONSHIPS': { nb: 'Relasjoner', nn: 'Relasjonar', en: 'Relationships' },
  'practice.sub.SUPPORT_FROM_OTHERS': { nb: 'Støtte fra andre', nn: 'Støtte frå andre', en: 'Support from others' },
  'practice.sub.COMMUNITY': {
    nb: 'Å være en del av lokalsamfunnet',
    nn: 'Å vere ein del av lokalsamfunnet',
    en: 'Being part of the community',
  },
  // hope
  'practice.sub.BELIEF_IN_RECOVERY': {
    nb: 'Tro på at bedring er mulig',
    nn: 'Tru på at betring er mogleg',
    en: 'Belief in the possibility of recovery',
  },
  'practice.sub.MOTIVATION': { nb: 'Motivasjon for endring', nn: 'Motivasjon for endring', en: 'Motivation to change' },
  'practice.sub.HOPE_RELATIONSHIPS': {
    nb: 'Relasjoner som gir håp',
    nn: 'Relasjonar som gir håp',
    en: 'Hope-inspiring relationships',
  },
  'practice.sub.VALUING_SUCCESS': {
    nb: 'Positiv tenkning og å verdsette fremgang',
    nn: 'Positiv tenking og å verdsetje framgang',
    en: 'Positive thinking and valuing success',
  },
  'practice.sub.DREAMS': { nb: 'Å ha drømmer og mål', nn: 'Å ha draumar og mål', en: 'Having dreams and aspirations' },
  // identity
  'practice.sub.DIMENSIONS_OF_IDENTITY': {
    nb: 'Ulike sider ved identiteten',
    nn: 'Ulike sider ved identiteten',
    en: 'Dimensions of identity',
  },
  'practice.sub.POSITIVE_IDENTITY': {
    nb: 'Å bygge opp igjen eller finne en ny, positiv identitet',
    nn: 'Å byggje opp att eller finne ein ny, positiv identitet',
    en: 'Rebuilding or redefining a positive sense of identity',
  },
  'practice.sub.OVERCOMING_STIGMA': { nb: 'Å overvinne stigma', nn: 'Å overvinne stigma', en: 'Overcoming stigma' },
  // meaning
  'practice.sub.MEANING_OF_EXPERIENCE': {
    nb: 'Å finne mening i erfaringene med psykisk lidelse',
    nn: 'Å finne meining i erfaringane med psykisk liding',
    en: 'Meaning of mental illness experiences',
  },
  'practice.sub.SPIRITUALITY': { nb: 'Åndelighet', nn: 'Åndelegheit', en: 'Spirituality' },
  'practice.sub.QUALITY_OF_LIFE': { nb: 'Livskvalitet', nn: 'Livskvalitet', en: 'Quality of life' },
  'practice.sub.SOCIAL_ROLES': {
    nb: 'Et meningsfullt liv og sosiale roller',
    nn: 'Eit meiningsfullt liv og sosiale roller',
    en: 'Meaningful life and social roles',
  },
  'practice.sub.SOCIAL_GOALS': {
    nb: 'Et meningsfullt liv og sosiale mål',
    nn: 'Eit meiningsfullt liv og sosiale mål',
    en: 'Meaningful life and social goals',
  },
  'practice.sub.REBUILDING_LIFE': {
    nb: 'Å bygge opp livet igjen',
    nn: 'Å byggje opp att livet',
    en: 'Rebuilding life',
  },
  // empowerment
  'practice.sub.PERSONAL_RESPONSIBILITY': {
    nb: 'Personlig ansvar',
    nn: 'Personleg ansvar',
    en: 'Personal responsibility',
  },
  'practice.sub.CONTROL_OVER_LIFE': {
    nb: 'Kontroll over eget liv',
    nn: 'Kontroll over eige liv',
    en: 'Control over one’s life',
  },
  'practice.sub.STRENGTHS': {
    nb: 'Å ta utgangspunkt i egne styrker',
    nn: 'Å ta utgangspunkt i eigne styrkar',
    en: 'Focusing on strengths',
  },

  // Levels
  'practice.level.INDIVIDUAL': { nb: 'Individ', nn: 'Individ', en: 'Individual' },
  'practice.level.SERVICE': { nb: 'Tjeneste', nn: 'Teneste', en: 'Service' },
  'practice.level.SYSTEM': { nb: 'System', nn: 'System', en: 'System' },
  'practice.level.SOCIETY': { nb: 'Samfunn', nn: 'Samfunn', en: 'Society' },

  // Themes
  'practice.theme.HOUSING': { nb: 'Bolig', nn: 'Bustad', en: 'Housing' },
  'practice.theme.WORK': { nb: 'Arbeid', nn: 'Arbeid', en: 'Work' },
  'practice.theme.SUBSTANCE_USE': { nb: 'Rus', nn: 'Rus', en: 'Substance use' },
  'practice.theme.MENTAL_HEALTH': { nb: 'Psykisk helse', nn: 'Psykisk helse', en: 'Mental health' },
  'practice.theme.NEXT_OF_KIN': { nb: 'Pårørende', nn: 'Pårørande', en: 'Next of kin' },
  'practice.theme.PHYSICAL_ACTIVITY': { nb: 'Fysisk aktivitet', nn: 'Fysisk aktivitet', en: 'Physical activity' },
  'practice.theme.ART_AND_CULTURE': { nb: 'Kunst og kultur', nn: 'Kunst og kultur', en: 'Arts and culture' },
  'practice.theme.LIVED_EXPERIENCE': { nb: 'Erfaringskompetanse', nn: 'Erfaringskompetanse', en: 'Lived experience' },
  'practice.theme.EDUCATION': { nb: 'Utdanning', nn: 'Utdanning', en: 'Education' },
  'practice.theme.ECONOMY': { nb: 'Økonomi', nn: 'Økonomi', en: 'Personal finances' },
  'practice.theme.COMMUNITY_AND_NETWORK': {
    nb: 'Fellesskap og nettverk',
    nn: 'Fellesskap og nettverk',
    en: 'Community and networks',
  },
  'practice.theme.USER_INVOLVEMENT': { nb: 'Brukermedvirkning', nn: 'Brukarmedverknad', en: 'User involvement' },
  'practice.theme.FEEDBACK_INFORMED': {
    nb: 'Tilbakemeldingsinformerte tjenester (FIT)',
    nn: 'Tilbakemeldingsinformerte tenester (FIT)',
    en: 'Feedback-informed treatment (FIT)',
  },
  'practice.theme.COPING': { nb: 'Mestring', nn: 'Meistring', en: 'Coping' },

  // Target groups
  'practice.target.ADULTS': { nb: 'Voksne', nn: 'Vaksne', en: 'Adults' },
  'practice.target.YOUNG_ADULTS': { nb: 'Unge voksne', nn: 'Unge vaksne', en: 'Young adults' },
  'practice.target.CHILDREN_AND_YOUTH': { nb: 'Barn og unge', nn: 'Born og unge', en: 'Children and young people' },
  'practice.target.OLDER_PEOPLE': { nb: 'Eldre', nn: 'Eldre', en: 'Older people' },
  'practice.target.NEXT_OF_KIN': { nb: 'Pårørende', nn: 'Pårørande', en: 'Next of kin' },
  'practice.target.STAFF': { nb: 'Ansatte og fagfolk', nn: 'Tilsette og fagfolk', en: 'Staff and professionals' },
  'practice.target.SUBSTANCE_USE': {
    nb: 'Personer med rusutfordringer',
    nn: 'Personar med rusutfordringar',
    en: 'People with substance use problems',
  },
  'practice.target.MENTAL_HEALTH': {
    nb: 'Personer med psykiske helseutfordringer',
    nn: 'Personar med psykiske helseutfordringar',
    en: 'People with mental health problems',
  },
  'practice.target.CO_OCCURRING': {
    nb: 'Personer med samtidig rus- og psykisk lidelse (ROP)',
    nn: 'Personar med samtidig rus- og psykisk liding (ROP)',
    en: 'People with co-occurring substance use and mental health disorders (ROP)',
  },

  // Version states
  'practice.state.DRAFT': { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  'practice.state.IN_REVIEW': { nb: 'Til vurdering', nn: 'Til vurdering', en: 'In review' },
  'practice.state.RETURNED': { nb: 'Sendt tilbake', nn: 'Sendt tilbake', en: 'Returned for changes' },
  'practice.state.PUBLISHED': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'practice.state.SUPERSEDED': {
    nb: 'Erstattet av nyere versjon',
    nn: 'Erstatta av nyare versjon',
    en: 'Replaced by a newer version',
  },

  // Section headings of an example
  'practice.section.summary': { nb: 'Sammendrag', nn: 'Samandrag', en: 'Summary' },
  'practice.section.background': { nb: 'Bakgrunn', nn: 'Bakgrunn', en: 'Background' },
  'practice.section.approach': { nb: 'Slik gjør vi det', nn: 'Slik gjer vi det', en: 'How we do it' },
  'practice.section.experiences': { nb: 'Erfaringer', nn: 'Erfaringar', en: 'Experiences' },
  'practice.section.results': { nb: 'Resultater', nn: 'Resultat', en: 'Results' },
  'practice.section.contact': { nb: 'Kontaktperson', nn: 'Kontaktperson', en: 'Contact person' },
}) satisfies Record<PracticeLabelKey, Translations>;
