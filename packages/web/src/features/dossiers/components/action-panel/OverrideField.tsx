import { useActionFields } from './use-action-fields';

/**
 * The confirmation a breach needs (a second supplement request, a second reset of the appointment): shown
 * only when the server said, with the offered action, that this one would be a breach.
 */
export function OverrideField({ label, hint }: { label: string; hint: string }) {
  const { register, error } = useActionFields();
  const message = error('data.override');
  return (
    <div className="field-group">
      <label className="checkbox">
        <input
          type="checkbox"
          {...register('data.override')}
          aria-describedby={message ? 'act-override-hint act-override-error' : 'act-override-hint'}
          aria-invalid={message ? true : undefined}
        />
        <span>{label}</span>
      </label>
      <p id="act-override-hint" className="hint">
        {hint}
      </p>
      {message && (
        <p id="act-override-error" className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}
