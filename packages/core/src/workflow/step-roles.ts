/**
 * Which roles may hold a workflow step: those who process a dossier (receive it, assign, appraise, approve,
 * register and issue). The system administrator and the centre supervisor configure and watch; they never
 * hold a step, so a workflow naming them would stop every dossier at a step nobody works.
 */
import type { Role } from '../access/roles.ts';

export const STEP_ROLES = [
  'counter-officer',
  'specialist',
  'leader',
  'clerical',
] as const satisfies readonly Role[];
export type StepRole = (typeof STEP_ROLES)[number];

export const isStepRole = (value: unknown): value is StepRole =>
  typeof value === 'string' && (STEP_ROLES as readonly string[]).includes(value);
