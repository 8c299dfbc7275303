export { ICS_CONTENT_TYPE, toIcs, webcalUrl, type IcsCalendar, type IcsEvent, type IcsStatus } from './ics.ts';
