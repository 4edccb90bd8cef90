/** The closed set of rule kinds. A profile rule names one; its params are checked by the kind's schema. */
import type { KindDef } from '../engine/types';
import type { RuleKind } from '../profile/schema';
import { countPerPeriod, gapCadence } from './cadence';
import { eventChannel, eventWindow } from './event-window';
import { openQuestion, qualifyingContact, quietHours, requiredFields, timePrecision } from './records';

export const KINDS: Record<RuleKind, KindDef<any>> = {
  'event-window': eventWindow,
  'event-channel': eventChannel,
  'gap-cadence': gapCadence,
  'count-per-period': countPerPeriod,
  'time-precision': timePrecision,
  'required-fields': requiredFields,
  'quiet-hours': quietHours,
  'open-question': openQuestion,
  'qualifying-contact': qualifyingContact,
};

export { qualifyingContacts } from './records';
export { channelName } from './event-window';
export { periodName } from './cadence';
