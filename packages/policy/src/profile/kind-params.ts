/**
 * Each rule kind's params schema, by kind. The schemas live in the kinds' own modules, beside their
 * checks; they are paired here, not on the kind objects, so that the engine (and a browser bundle of
 * it) carries neither them nor zod. The compiler checks the pairing: a kind without its schema, or a
 * schema whose output is not the params its check reads, does not compile.
 */
import type { z } from 'zod';
import type { AnyKind, ParamsOf, RuleKind } from '../kinds';
import { eventWindowParams, type EventWindowParams, type EventWindowParamsInput } from '../kinds/event-window';
import { eventChannelParams, type EventChannelParams, type EventChannelParamsInput } from '../kinds/event-channel';
import { gapCadenceParams, type GapCadenceParams, type GapCadenceParamsInput } from '../kinds/gap-cadence';
import { countPerPeriodParams, type CountPerPeriodParams, type CountPerPeriodParamsInput } from '../kinds/count-per-period';
import { timePrecisionParams, type TimePrecisionParams, type TimePrecisionParamsInput } from '../kinds/time-precision';
import { requiredFieldsParams, type RequiredFieldsParams, type RequiredFieldsParamsInput } from '../kinds/required-fields';
import { callHoursParams, type CallHoursParams, type CallHoursParamsInput } from '../kinds/call-hours';
import { openQuestionParams, type OpenQuestionParams, type OpenQuestionParamsInput } from '../kinds/open-question';
import { reportScheduleParams, type ReportScheduleParams, type ReportScheduleParamsInput } from '../kinds/report-schedule';
import { cutoffParams, type CutoffParams, type CutoffParamsInput } from '../kinds/cutoff';
import { duplicateClaimParams, type DuplicateClaimParams, type DuplicateClaimParamsInput } from '../kinds/duplicate-claim';
import { fieldDeadlineParams, type FieldDeadlineParams, type FieldDeadlineParamsInput } from '../kinds/field-deadline';
import { anniversaryParams, type AnniversaryParams, type AnniversaryParamsInput } from '../kinds/anniversary';
import { retentionParams, type RetentionParams, type RetentionParamsInput } from '../kinds/retention';
import { allowedValuesParams, type AllowedValuesParams, type AllowedValuesParamsInput } from '../kinds/allowed-values';
import { tierBasisParams, type TierBasisParams, type TierBasisParamsInput } from '../kinds/tier-basis';
import { preconditionParams, type PreconditionParams, type PreconditionParamsInput } from '../kinds/precondition';
import { handoverParams, type HandoverParams, type HandoverParamsInput } from '../kinds/handover';
import { firstResponderParams, type FirstResponderParams, type FirstResponderParamsInput } from '../kinds/first-responder';
import { staffCountParams, type StaffCountParams, type StaffCountParamsInput } from '../kinds/staff-count';
import { remindersIgnoredParams, type RemindersIgnoredParams, type RemindersIgnoredParamsInput } from '../kinds/reminders-ignored';
import { retryParams, type RetryParams, type RetryParamsInput } from '../kinds/retry';
import { compareFieldsParams, type CompareFieldsParams, type CompareFieldsParamsInput } from '../kinds/compare-fields';
import { valueLimitParams, type ValueLimitParams, type ValueLimitParamsInput } from '../kinds/value-limit';
import { completionRateParams, type CompletionRateParams, type CompletionRateParamsInput } from '../kinds/completion-rate';
import { markedBreachParams, type MarkedBreachParams, type MarkedBreachParamsInput } from '../kinds/marked-breach';
import { holidayGreetingParams, type HolidayGreetingParams, type HolidayGreetingParamsInput } from '../kinds/holiday-greeting';
import { evaluationFormParams, type EvaluationFormParams, type EvaluationFormParamsInput } from '../kinds/evaluation-form';

/** A schema whose output is the params a kind's check reads. */
type ParamsSchema<K extends RuleKind> = z.ZodType<ParamsOf<Extract<AnyKind, { id: K }>>>;

/** Each kind's params once loaded (defaults filled in), by kind. */
export interface ParamsByKind {
  'allowed-values': AllowedValuesParams;
  'anniversary': AnniversaryParams;
  'call-hours': CallHoursParams;
  'compare-fields': CompareFieldsParams;
  'completion-rate': CompletionRateParams;
  'count-per-period': CountPerPeriodParams;
  'cutoff': CutoffParams;
  'duplicate-claim': DuplicateClaimParams;
  'evaluation-form': EvaluationFormParams;
  'event-channel': EventChannelParams;
  'event-window': EventWindowParams;
  'field-deadline': FieldDeadlineParams;
  'first-responder': FirstResponderParams;
  'gap-cadence': GapCadenceParams;
  'handover': HandoverParams;
  'holiday-greeting': HolidayGreetingParams;
  'marked-breach': MarkedBreachParams;
  'open-question': OpenQuestionParams;
  'precondition': PreconditionParams;
  'reminders-ignored': RemindersIgnoredParams;
  'report-schedule': ReportScheduleParams;
  'required-fields': RequiredFieldsParams;
  'retention': RetentionParams;
  'retry': RetryParams;
  'staff-count': StaffCountParams;
  'tier-basis': TierBasisParams;
  'time-precision': TimePrecisionParams;
  'value-limit': ValueLimitParams;
}

/** Each kind's params as a profile writes them, by kind. */
export interface ParamsInputByKind {
  'allowed-values': AllowedValuesParamsInput;
  'anniversary': AnniversaryParamsInput;
  'call-hours': CallHoursParamsInput;
  'compare-fields': CompareFieldsParamsInput;
  'completion-rate': CompletionRateParamsInput;
  'count-per-period': CountPerPeriodParamsInput;
  'cutoff': CutoffParamsInput;
  'duplicate-claim': DuplicateClaimParamsInput;
  'evaluation-form': EvaluationFormParamsInput;
  'event-channel': EventChannelParamsInput;
  'event-window': EventWindowParamsInput;
  'field-deadline': FieldDeadlineParamsInput;
  'first-responder': FirstResponderParamsInput;
  'gap-cadence': GapCadenceParamsInput;
  'handover': HandoverParamsInput;
  'holiday-greeting': HolidayGreetingParamsInput;
  'marked-breach': MarkedBreachParamsInput;
  'open-question': OpenQuestionParamsInput;
  'precondition': PreconditionParamsInput;
  'reminders-ignored': RemindersIgnoredParamsInput;
  'report-schedule': ReportScheduleParamsInput;
  'required-fields': RequiredFieldsParamsInput;
  'retention': RetentionParamsInput;
  'retry': RetryParamsInput;
  'staff-count': StaffCountParamsInput;
  'tier-basis': TierBasisParamsInput;
  'time-precision': TimePrecisionParamsInput;
  'value-limit': ValueLimitParamsInput;
}

/** The params schema of every kind. */
export const KIND_PARAMS = {
  'event-window': eventWindowParams,
  'event-channel': eventChannelParams,
  'gap-cadence': gapCadenceParams,
  'count-per-period': countPerPeriodParams,
  'time-precision': timePrecisionParams,
  'required-fields': requiredFieldsParams,
  'call-hours': callHoursParams,
  'open-question': openQuestionParams,
  'report-schedule': reportScheduleParams,
  'cutoff': cutoffParams,
  'duplicate-claim': duplicateClaimParams,
  'field-deadline': fieldDeadlineParams,
  'anniversary': anniversaryParams,
  'retention': retentionParams,
  'allowed-values': allowedValuesParams,
  'tier-basis': tierBasisParams,
  'precondition': preconditionParams,
  'handover': handoverParams,
  'first-responder': firstResponderParams,
  'staff-count': staffCountParams,
  'reminders-ignored': remindersIgnoredParams,
  'retry': retryParams,
  'compare-fields': compareFieldsParams,
  'value-limit': valueLimitParams,
  'completion-rate': completionRateParams,
  'marked-breach': markedBreachParams,
  'holiday-greeting': holidayGreetingParams,
  'evaluation-form': evaluationFormParams,
} as const satisfies { readonly [K in RuleKind]: ParamsSchema<K> & z.ZodType<ParamsByKind[K], ParamsInputByKind[K]> };

/** A kind's params as a profile writes them (defaults not yet filled in). */
export type ParamsInputOf<K extends RuleKind> = ParamsInputByKind[K];
