import type { StaffActionType } from '@motcua/core';
import type { ComponentType } from 'react';
import { AssignFields } from './AssignFields';
import { ConsultFields } from './ConsultFields';
import { ExtendFields } from './ExtendFields';
import { ForwardFields } from './ForwardFields';
import type { FieldsProps } from './fields-props';
import { IssueResultFields } from './IssueResultFields';
import { PaymentRecordFields } from './PaymentRecordFields';
import { PaymentRequestFields } from './PaymentRequestFields';
import { ReturnResultFields } from './ReturnResultFields';
import { ScheduleReturnFields } from './ScheduleReturnFields';
import { StopFields } from './StopFields';
import { SupplementFields } from './SupplementFields';

/** The fields of each action that takes data (core's ACTION_DATA); the others have only the reason. */
export const ACTION_FIELDS: Partial<Record<StaffActionType, ComponentType<FieldsProps>>> = {
  assign: AssignFields,
  'request-supplement': SupplementFields,
  'apologize-extend': ExtendFields,
  'request-payment': PaymentRequestFields,
  'record-payment': PaymentRecordFields,
  forward: ForwardFields,
  'issue-result': IssueResultFields,
  'schedule-return': ScheduleReturnFields,
  'return-result': ReturnResultFields,
  consult: ConsultFields,
  'consult-reply': ConsultFields,
  stop: StopFields,
};
