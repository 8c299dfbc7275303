export {
  DEFAULT_PROD_ID,
  ICS_CONTENT_TYPE,
  toIcs,
  webcalUrl,
  type IcsCalendar,
  type IcsEvent,
  type IcsStatus,
} from './ics.ts';
