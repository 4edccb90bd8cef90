/** The closed set of rule kinds. A profile rule names one; its params are checked by the kind's schema. */
import type { KindDef } from '../engine/types';
import type { RuleKind } from '../profile/schema';
import { countPerPeriod, gapCadence } from './cadence';
import { callWindow } from './call-window';
import { completionRate } from './completion-rate';
import { fieldsDiffer } from './fields-differ';
import { markedBreach } from './marked-breach';
import { minValue } from './min-value';
import { retry } from './retry';
import { eventChannel, eventWindow } from './event-window';
import { openQuestion, qualifyingContact, quietHours, requiredFields, timePrecision } from './records';
import { fieldDeadline } from './field-deadline';
import { anniversary } from './anniversary';
import { retention } from './retention';
import { allowedValues } from './allowed-values';
import { reportSchedule } from './report-schedule';
import { cutoff } from './cutoff';
import { duplicateClaim } from './duplicate-claim';
import { channelCount } from './channel-count';
import { precondition } from './precondition';
import { handover } from './handover';
import { firstResponder } from './first-responder';
import { staffCount } from './staff-count';
import { remindersIgnored } from './reminders-ignored';
import { schedule } from './schedule';
import { phaseCadence } from './phase-cadence';
import { tierBasis } from './tier-basis';
import { contactChannel } from './contact-channel';
import { declaredCadence } from './declared-cadence';
import { leadTime } from './lead-time';
import { valueCap } from './value-cap';
import { holidayGreeting } from './holiday-greeting';
import { fieldsMatch } from './fields-match';
import { minRatio } from './min-ratio';
import { evaluationForm } from './evaluation-form';

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
  'field-deadline': fieldDeadline,
  anniversary,
  retention,
  'allowed-values': allowedValues,
  'report-schedule': reportSchedule,
  cutoff,
  'duplicate-claim': duplicateClaim,
  'channel-count': channelCount,
  precondition,
  handover,
  'first-responder': firstResponder,
  'staff-count': staffCount,
  'reminders-ignored': remindersIgnored,
  schedule,
  'phase-cadence': phaseCadence,
  'tier-basis': tierBasis,
  'call-window': callWindow,
  retry,
  'fields-differ': fieldsDiffer,
  'min-value': minValue,
  'completion-rate': completionRate,
  'marked-breach': markedBreach,
  'declared-cadence': declaredCadence,
  'contact-channel': contactChannel,
  'lead-time': leadTime,
  'value-cap': valueCap,
  'holiday-greeting': holidayGreeting,
  'fields-match': fieldsMatch,
  'min-ratio': minRatio,
  'evaluation-form': evaluationForm,
};

export { qualifyingContacts } from './records';
export { channelName } from './event-window';
export { periodName } from './cadence';
