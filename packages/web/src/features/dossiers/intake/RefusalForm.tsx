import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ErrorMessage';
import { errorAt, otherErrors } from '../form-errors';
import { OtherErrors } from './OtherErrors';
import type { IntakeForm } from './use-intake-form';

/** A refusal at the counter (Form 03): the applicant above, and the reason printed on the slip. */
export function RefusalForm({ intake }: { intake: IntakeForm }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { refusal, refuse, form } = intake;
  const { errors, isSubmitted } = refusal.formState;
  const reasonError = errorAt(errors, 'reason');
  const marked = (e: object) => Object.keys(e).some((k) => k !== 'root');
  const fieldErrors = isSubmitted && (marked(errors) || marked(form.formState.errors));
  return (
    <form className="section form-card refuse-card" onSubmit={intake.submitRefusal} noValidate>
      <h2>{t('intake.refuseHeading')}</h2>
      <p className="hint">{t('intake.refuseHint')}</p>
      <div className="field-group">
        <label htmlFor="refuse-reason">{t('intake.refuseReason')}</label>
        <textarea
          id="refuse-reason"
          className="wide"
          rows={3}
          {...refusal.register('reason')}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? 'refuse-reason-error' : undefined}
          // biome-ignore lint/a11y/noAutofocus: the officer just asked for this form
          autoFocus
        />
        {reasonError && (
          <p id="refuse-reason-error" className="field-error">
            {reasonError}
          </p>
        )}
      </div>
      {refuse.isError && (
        <div className="alert alert-error" role="alert" tabIndex={-1} data-error-summary>
          <p>{fieldErrors ? t('intake.fixErrors') : errorText(refuse.error)}</p>
          <OtherErrors messages={otherErrors(errors)} />
        </div>
      )}
      {!refuse.isError && fieldErrors && (
        <p className="alert alert-error" tabIndex={-1} data-error-summary>
          {t('intake.fixErrors')}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button button-danger" aria-disabled={refuse.isPending || undefined}>
          {refuse.isPending ? t('intake.submitting') : t('intake.refuseSubmit')}
        </button>
        <button type="button" className="button button-secondary" onClick={intake.closeRefusal}>
          {t('intake.refuseCancel')}
        </button>
      </p>
    </form>
  );
}
