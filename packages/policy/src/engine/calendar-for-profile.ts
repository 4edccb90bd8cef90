/** The working-day calendar a profile runs on: the built-in table, its own years, its work week. */
import { CN_CALENDAR_DATA, mergeCalendar, WorkCalendar } from '../calendar';
import type { Profile } from '../profile/schema';

const cache = new WeakMap<Profile, WorkCalendar>();

/** Calendar for a profile (cached per checked profile). */
export function calendarForProfile(profile: Profile): WorkCalendar {
  let cal = cache.get(profile);
  if (!cal) {
    const data = profile.calendarYears?.length ? mergeCalendar(CN_CALENDAR_DATA, { years: profile.calendarYears }) : CN_CALENDAR_DATA;
    cal = new WorkCalendar({ ...data, workWeek: profile.workWeek });
    cache.set(profile, cal);
  }
  return cal;
}
