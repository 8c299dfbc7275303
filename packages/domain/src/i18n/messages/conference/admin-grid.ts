import { defineMessages } from '../../define.ts';

/** The programme editor (docs/adr/0023): the grid, the keyboard form, the warnings and the API's refusals. */
export const conferenceAdminGrid = defineMessages({
  'conference.admin.grid.title': {
    nb: 'Programeditor: {edition}',
    nn: 'Programeditor: {edition}',
    en: 'Programme editor: {edition}',
  },
  'conference.admin.grid.lead': {
    nb: 'Alle tider er norsk tid. Dra en sesjon til en rute i rutenettet, eller bruk knappen «Plasser» eller «Flytt» og velg dag, rom og tid.',
    nn: 'Alle tider er norsk tid. Dra ein sesjon til ei rute i rutenettet, eller bruk knappen «Plasser» eller «Flytt» og vel dag, rom og tid.',
    en: 'All times are Norwegian time. Drag a session onto a cell of the grid, or use the button «Place» or «Move» and choose the day, room and time.',
  },
  'conference.admin.grid.days': { nb: 'Dager', nn: 'Dagar', en: 'Days' },
  'conference.admin.grid.noRooms': {
    nb: 'Utgaven har ingen rom ennå. Legg til rom før du setter opp programmet.',
    nn: 'Utgåva har ingen rom enno. Legg til rom før du set opp programmet.',
    en: 'The edition has no rooms yet. Add rooms before building the programme.',
  },
  'conference.admin.grid.gridLabel': {
    nb: 'Program {day}, rom og tider (norsk tid)',
    nn: 'Program {day}, rom og tider (norsk tid)',
    en: 'Programme {day}, rooms and times (Norwegian time)',
  },
  'conference.admin.grid.timeColumn': { nb: 'Tid (norsk tid)', nn: 'Tid (norsk tid)', en: 'Time (Norwegian time)' },
  'conference.admin.grid.roomCapacity': { nb: '{count} plasser', nn: '{count} plassar', en: '{count} places' },
  'conference.admin.grid.dropHere': {
    nb: 'Slipp her: {room} kl. {time}',
    nn: 'Slepp her: {room} kl. {time}',
    en: 'Drop here: {room} at {time}',
  },
  'conference.admin.grid.block.time': { nb: '{start}–{end}', nn: '{start}–{end}', en: '{start}–{end}' },
  'conference.admin.grid.block.speakers': { nb: 'Med {names}', nn: 'Med {names}', en: 'With {names}' },
  'conference.admin.grid.unscheduled': { nb: 'Ikke plassert', nn: 'Ikkje plassert', en: 'Not placed' },
  'conference.admin.grid.unscheduledEmpty': {
    nb: 'Alle sesjonene er plassert.',
    nn: 'Alle sesjonane er plasserte.',
    en: 'Every session is placed.',
  },
  'conference.admin.grid.number': { nb: 'Nr. {number}', nn: 'Nr. {number}', en: 'No. {number}' },
  'conference.admin.grid.minutes': { nb: '{minutes} min', nn: '{minutes} min', en: '{minutes} min' },
  'conference.admin.grid.place': { nb: 'Plasser', nn: 'Plasser', en: 'Place' },
  'conference.admin.grid.move': { nb: 'Flytt', nn: 'Flytt', en: 'Move' },
  'conference.admin.grid.placeNamed': { nb: 'Plasser «{title}»', nn: 'Plasser «{title}»', en: 'Place «{title}»' },
  'conference.admin.grid.moveNamed': { nb: 'Flytt «{title}»', nn: 'Flytt «{title}»', en: 'Move «{title}»' },
  'conference.admin.grid.form.day': { nb: 'Dag', nn: 'Dag', en: 'Day' },
  'conference.admin.grid.form.room': { nb: 'Rom', nn: 'Rom', en: 'Room' },
  'conference.admin.grid.form.time': {
    nb: 'Starttid (norsk tid)',
    nn: 'Starttid (norsk tid)',
    en: 'Start (Norwegian time)',
  },
  'conference.admin.grid.form.duration': { nb: 'Varighet', nn: 'Lengd', en: 'Duration' },
  'conference.admin.grid.form.overlap': {
    nb: 'Klokken {time} kommer to ganger denne dagen. Hvilken mener du?',
    nn: 'Klokka {time} kjem to gonger denne dagen. Kva for ei meiner du?',
    en: '{time} happens twice on this day. Which one do you mean?',
  },
  'conference.admin.grid.form.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'conference.admin.grid.form.remove': {
    nb: 'Fjern fra programmet',
    nn: 'Fjern frå programmet',
    en: 'Remove from the programme',
  },
  'conference.admin.grid.form.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'conference.admin.grid.placed': {
    nb: '«{title}» er plassert i {room}, {day} kl. {time}.',
    nn: '«{title}» er plassert i {room}, {day} kl. {time}.',
    en: '«{title}» is placed in {room}, {day} at {time}.',
  },
  'conference.admin.grid.removed': {
    nb: '«{title}» er fjernet fra programmet.',
    nn: '«{title}» er fjerna frå programmet.',
    en: '«{title}» is removed from the programme.',
  },
  'conference.admin.grid.warnings': { nb: 'Advarsler', nn: 'Åtvaringar', en: 'Warnings' },
  'conference.admin.grid.warnings.none': {
    nb: 'Ingen advarsler: ingen rom er dobbeltbooket, ingen foredragsholder er to steder samtidig.',
    nn: 'Ingen åtvaringar: ingen rom er dobbeltbooka, ingen føredragshaldar er to stader samtidig.',
    en: 'No warnings: no room is double-booked, no speaker is in two places at once.',
  },
  'conference.admin.grid.warnings.lead': {
    nb: 'Advarslene hindrer ikke lagring, men bør rettes før programmet publiseres.',
    nn: 'Åtvaringane hindrar ikkje lagring, men bør rettast før programmet blir publisert.',
    en: 'Warnings do not stop saving, but should be fixed before the programme is published.',
  },
  'conference.admin.grid.warning.roomDoubleBooked': {
    nb: '{room} er dobbeltbooket: «{first}» og «{second}» går samtidig.',
    nn: '{room} er dobbeltbooka: «{first}» og «{second}» går samtidig.',
    en: '{room} is double-booked: «{first}» and «{second}» run at the same time.',
  },
  'conference.admin.grid.warning.speakerClash': {
    nb: '{speaker} er satt opp i både «{first}» og «{second}», som går samtidig.',
    nn: '{speaker} er sett opp i både «{first}» og «{second}», som går samtidig.',
    en: '{speaker} is in both «{first}» and «{second}», which run at the same time.',
  },
  'conference.admin.grid.warning.outsideDay.notADay': {
    nb: '«{title}» er lagt til en dag som ikke er en konferansedag.',
    nn: '«{title}» er lagd til ein dag som ikkje er ein konferansedag.',
    en: '«{title}» is on a day that is not a conference day.',
  },
  'conference.admin.grid.warning.outsideDay.beforeStart': {
    nb: '«{title}» begynner før dagen starter kl. {time}.',
    nn: '«{title}» byrjar før dagen startar kl. {time}.',
    en: '«{title}» starts before the day begins at {time}.',
  },
  'conference.admin.grid.warning.outsideDay.afterEnd': {
    nb: '«{title}» slutter etter at dagen er over kl. {time}.',
    nn: '«{title}» sluttar etter at dagen er over kl. {time}.',
    en: '«{title}» ends after the day is over at {time}.',
  },
  'conference.admin.grid.warning.workshopOverRoom': {
    nb: 'Verkstedet «{title}» har {capacity} plasser, men {room} har bare plass til {roomCapacity}.',
    nn: 'Verkstaden «{title}» har {capacity} plassar, men {room} har berre plass til {roomCapacity}.',
    en: 'The workshop «{title}» has {capacity} places, but {room} only holds {roomCapacity}.',
  },
  'conference.admin.grid.warning.show': { nb: 'Vis «{title}»', nn: 'Vis «{title}»', en: 'Show «{title}»' },
  'conference.admin.grid.error.dayNotInEdition': {
    nb: 'Dagen er ikke en av konferansens dager.',
    nn: 'Dagen er ikkje ein av dagane til konferansen.',
    en: 'The day is not one of the conference’s days.',
  },
  'conference.admin.grid.error.roomNotInEdition': {
    nb: 'Rommet hører ikke til denne konferansen.',
    nn: 'Rommet høyrer ikkje til denne konferansen.',
    en: 'The room does not belong to this conference.',
  },
  'conference.admin.grid.error.duration': {
    nb: 'Varigheten må være mellom 5 minutter og 12 timer.',
    nn: 'Lengda må vere mellom 5 minutt og 12 timar.',
    en: 'The duration must be between 5 minutes and 12 hours.',
  },
});
