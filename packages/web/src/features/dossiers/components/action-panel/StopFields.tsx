import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import { useActionFields } from './use-action-fields';

/** The legal ground printed on the stop notice (Form 05); left empty, the server prints the decree's. */
export function StopFields() {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
    <TextField
      id="act-legal-ground"
      className="wide"
      label={
        <>
          {t('dossierPage.legalGround')} <span className="muted">{t('intake.optional')}</span>
        </>
      }
      hint={t('dossierPage.legalGroundHint')}
      registration={register('data.legalGround')}
      error={error('data.legalGround')}
      autoComplete="off"
    />
  );
}
