import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

type Registered = 'id' | 'name' | 'onChange' | 'onBlur';

interface FieldProps {
  id: string;
  label: ReactNode;
  /** What react-hook-form's `register(name)` returns. */
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
}

/** The hint and error of a field, wired to its control by aria-describedby. */
function described({ id, error, hint }: Pick<FieldProps, 'id' | 'error' | 'hint'>) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    control: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined },
    after: (
      <>
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </>
    ),
  };
}

/** A labelled input registered with react-hook-form, with its hint and error. */
export function TextField({
  id,
  label,
  registration,
  error,
  hint,
  ...rest
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, Registered>) {
  const { control, after } = described({ id, error, hint });
  return (
    <div className="field-group">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...rest} {...registration} {...control} />
      {after}
    </div>
  );
}

/** A labelled select registered with react-hook-form, with its hint and error. */
export function SelectField({
  id,
  label,
  registration,
  error,
  hint,
  children,
  ...rest
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, Registered>) {
  const { control, after } = described({ id, error, hint });
  return (
    <div className="field-group">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...rest} {...registration} {...control}>
        {children}
      </select>
      {after}
    </div>
  );
}
