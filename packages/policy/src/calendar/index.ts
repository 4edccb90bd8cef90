/** The working-day calendar: China's statutory holidays and make-up working days, extensible by JSON. */
export { WorkCalendar, DEFAULT_WORK_WEEK, calendarFromJson, type DayInfo } from './work-calendar';
export { chinaCalendar, CN_CALENDAR_DATA } from './china';
export { CALENDAR_ERRORS } from './errors';
export { calendarDataSchema, parseCalendarData, extendCalendar, mergeCalendar } from './schema';
export type { CalendarData, CalendarYear, CalendarHoliday, CalendarMakeupWorkday } from './schema';
export { CN_CALENDAR_SOURCE } from './cn-calendar.generated';
