/** The working-day calendar: China's statutory holidays and make-up working days, extensible by JSON. */
export {
  WorkCalendar,
  chinaCalendar,
  CN_CALENDAR_DATA,
  DEFAULT_WORK_WEEK,
  CALENDAR_ERRORS,
  calendarDataSchema,
  parseCalendarData,
  extendCalendar,
} from './calendar';
export type { CalendarData, CalendarYear, CalendarHoliday, CalendarMakeupWorkday, DayInfo } from './calendar';
export { CN_CALENDAR_SOURCE } from './cn-calendar.generated';
