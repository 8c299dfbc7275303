/** What plenaries and breaks in the 2022 programme have in common. */
export const PLENARY = { type: 'plenum', room: 'stor', signLanguage: true, captioned: true, streamed: true } as const;
export const BREAK = { type: 'pause', room: 'stor', recorded: false, abstract: '' } as const;
