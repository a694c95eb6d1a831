import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import { errorAt } from '../form-errors';
import type { IntakeForm } from './use-intake-form';

/** The applicant, and the person submitting for them when there is one (checked by core as typed). */
export function ApplicantFieldset({ intake }: { intake: IntakeForm }) {
  const { t } = useTranslation();
  const { register, formState, watch } = intake.form;
  const { field } = intake;
  const error = (name: string) => errorAt(formState.errors, name);
  const optional = <span className="muted">{t('intake.optional')}</span>;
  return (
    <fieldset className="section intake-step">
      <legend>
        <h2>{t('intake.step4')}</h2>
      </legend>
      <div className="field-grid">
        <TextField
          id="applicant-fullName"
          label={t('dossier.fullName')}
          registration={field('applicant.fullName')}
          error={error('applicant.fullName')}
          autoComplete="off"
          required
        />
        <TextField
          id="applicant-idNumber"
          label={t('dossier.idNumber')}
          registration={field('applicant.idNumber')}
          error={error('applicant.idNumber')}
          hint={t('intake.idHint')}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <TextField
          id="applicant-phone"
          label={t('dossier.phone')}
          type="tel"
          registration={field('applicant.phone')}
          error={error('applicant.phone')}
          autoComplete="off"
          required
        />
        <TextField
          id="applicant-email"
          label={
            <>
              {t('dossier.email')} {optional}
            </>
          }
          type="email"
          registration={field('applicant.email')}
          error={error('applicant.email')}
          autoComplete="off"
        />
      </div>
      <TextField
        id="applicant-address"
        className="wide"
        label={
          <>
            {t('dossier.address')} {optional}
          </>
        }
        registration={field('applicant.address')}
        error={error('applicant.address')}
        autoComplete="off"
      />
      <label className="checkbox">
        <input type="checkbox" {...register('hasRep')} />
        <span>{t('intake.hasRepresentative')}</span>
      </label>
      {watch('hasRep') && (
        <div className="field-grid sub-fields">
          <TextField
            id="rep-fullName"
            label={t('intake.repFullName')}
            registration={field('representative.fullName')}
            error={error('representative.fullName')}
            autoComplete="off"
            required
          />
          <TextField
            id="rep-idNumber"
            label={t('intake.repIdNumber')}
            registration={field('representative.idNumber')}
            error={error('representative.idNumber')}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            id="rep-relation"
            label={t('dossier.relation')}
            registration={field('representative.relation')}
            error={error('representative.relation')}
            hint={t('intake.relationHint')}
            autoComplete="off"
            required
          />
          <TextField
            id="rep-phone"
            type="tel"
            label={
              <>
                {t('intake.repPhone')} {optional}
              </>
            }
            registration={field('representative.phone')}
            error={error('representative.phone')}
            inputMode="tel"
            autoComplete="off"
          />
          <TextField
            id="rep-email"
            type="email"
            label={
              <>
                {t('intake.repEmail')} {optional}
              </>
            }
            registration={field('representative.email')}
            error={error('representative.email')}
            autoComplete="off"
          />
          <TextField
            id="rep-address"
            className="wide"
            label={
              <>
                {t('intake.repAddress')} {optional}
              </>
            }
            registration={field('representative.address')}
            error={error('representative.address')}
            autoComplete="off"
          />
          <TextField
            id="rep-authorization"
            className="wide"
            label={
              <>
                {t('intake.repAuthorization')} {optional}
              </>
            }
            hint={t('intake.repAuthorizationHint')}
            registration={field('representative.authorization')}
            error={error('representative.authorization')}
            autoComplete="off"
          />
        </div>
      )}
    </fieldset>
  );
}
