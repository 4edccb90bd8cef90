/**
 * Each rule kind's params schema, by kind. The schemas live in the kinds' own modules, beside their
 * checks; they are paired here, not on the kind objects, so that the engine (and a browser bundle of
 * it) carries neither them nor zod. The compiler checks the pairing: a kind without its schema, or a
 * schema whose output is not the params its check reads, does not compile.
 */
import type { z } from 'zod';
import type { AnyKind, ParamsOf, RuleKind } from '../kinds';
import { eventWindowParams } from '../kinds/event-window';
import { eventChannelParams } from '../kinds/event-channel';
import { gapCadenceParams } from '../kinds/gap-cadence';
import { countPerPeriodParams } from '../kinds/count-per-period';
import { timePrecisionParams } from '../kinds/time-precision';
import { requiredFieldsParams } from '../kinds/required-fields';
import { callHoursParams } from '../kinds/call-hours';
import { openQuestionParams } from '../kinds/open-question';
import { reportScheduleParams } from '../kinds/report-schedule';
import { cutoffParams } from '../kinds/cutoff';
import { duplicateClaimParams } from '../kinds/duplicate-claim';
import { fieldDeadlineParams } from '../kinds/field-deadline';
import { anniversaryParams } from '../kinds/anniversary';
import { retentionParams } from '../kinds/retention';
import { allowedValuesParams } from '../kinds/allowed-values';
import { tierBasisParams } from '../kinds/tier-basis';
import { preconditionParams } from '../kinds/precondition';
import { handoverParams } from '../kinds/handover';
import { firstResponderParams } from '../kinds/first-responder';
import { staffCountParams } from '../kinds/staff-count';
import { remindersIgnoredParams } from '../kinds/reminders-ignored';
import { retryParams } from '../kinds/retry';
import { compareFieldsParams } from '../kinds/compare-fields';
import { valueLimitParams } from '../kinds/value-limit';
import { completionRateParams } from '../kinds/completion-rate';
import { markedBreachParams } from '../kinds/marked-breach';
import { holidayGreetingParams } from '../kinds/holiday-greeting';
import { evaluationFormParams } from '../kinds/evaluation-form';

/** Each kind's params once loaded (defaults filled in), by kind: what its check reads. */
export type ParamsByKind = { [K in RuleKind]: ParamsOf<Extract<AnyKind, { id: K }>> };

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
} as const satisfies { readonly [K in RuleKind]: z.ZodType<ParamsByKind[K]> };

/** Each kind's params as a profile writes them (defaults not yet filled in), by kind: its schema's input. */
export type ParamsInputByKind = { [K in RuleKind]: z.input<(typeof KIND_PARAMS)[K]> };
