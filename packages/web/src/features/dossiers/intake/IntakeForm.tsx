import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ErrorMessage';
import type { ProcedureDetail } from '../../catalogue/api';
import { otherErrors } from '../form-errors';
import { ApplicantFieldset } from './ApplicantFieldset';
import { CaseFieldset } from './CaseFieldset';
import { ChannelFieldset } from './ChannelFieldset';
import { ChecklistFieldset } from './ChecklistFieldset';
import { IntakeOutcome } from './IntakeOutcome';
import { caseOf, type ReopenedSlip } from './intake-body';
import { LimitFieldset } from './LimitFieldset';
import { OtherErrors } from './OtherErrors';
import { RefusalForm } from './RefusalForm';
import { useIntakeForm } from './use-intake-form';

/** The counter's intake of one procedure: the dossier checked with the applicant, received or refused. */
export function IntakeForm({
  procedure,
  reopen,
}: {
  procedure: ProcedureDetail;
  /** A Form 02 slip the applicant came back to, with what was missing then. */
  reopen?: ReopenedSlip & { missing: readonly { id: string }[] };
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const intake = useIntakeForm(procedure, reopen);
  const { form, receive, outcome, refusing } = intake;
  const { errors, isSubmitted } = form.formState;

  if (outcome) {
    return <IntakeOutcome outcome={outcome} onNew={intake.startOver} onBack={intake.backToForm} />;
  }

  const current = caseOf(procedure, form.watch('caseCode'));
  // "Fix the fields marked" only when a field is marked; otherwise the server's own words.
  const fieldErrors = isSubmitted && Object.keys(errors).some((k) => k !== 'root');
  return (
    <div ref={intake.containerRef}>
      <form className="intake-form" onSubmit={intake.submit} noValidate>
        <CaseFieldset procedure={procedure} intake={intake} />
        <ChecklistFieldset
          current={current}
          intake={intake}
          missingBefore={intake.form.watch('supplementSlip') ? reopen?.missing.map((m) => m.id) : undefined}
        />
        <LimitFieldset current={current} intake={intake} />
        <ApplicantFieldset intake={intake} />
        <ChannelFieldset intake={intake} />
        <div aria-live="polite">
          {receive.isError && (
            <div className="alert alert-error" role="alert" tabIndex={-1} data-error-summary>
              <p>{fieldErrors ? t('intake.fixErrors') : errorText(receive.error)}</p>
              <OtherErrors messages={otherErrors(errors)} />
            </div>
          )}
          {!receive.isError && fieldErrors && !refusing && (
            <p className="alert alert-error" tabIndex={-1} data-error-summary>
              {t('intake.fixErrors')}
            </p>
          )}
        </div>
        <p className="actions">
          <button
            type="submit"
            className="button button-primary button-large"
            aria-disabled={receive.isPending || undefined}
          >
            {receive.isPending ? t('intake.submitting') : t('intake.submit')}
          </button>
          {!refusing && (
            <button
              type="button"
              className="button button-danger"
              onClick={intake.openRefusal}
              data-refuse-open
            >
              {t('intake.refuseOpen')}
            </button>
          )}
        </p>
      </form>
      {refusing && <RefusalForm intake={intake} />}
    </div>
  );
}
