import { useFormContext } from 'react-hook-form';
import { errorAt } from '../../form-errors';
import type { ActionFormValues } from './action-body';

/** The open action form's register and the error at a field, for the small per-action components. */
export function useActionFields() {
  const { register, formState, watch, control, setFocus } = useFormContext<ActionFormValues>();
  return { register, watch, control, setFocus, error: (name: string) => errorAt(formState.errors, name) };
}
