import { STAFF_CHANNELS } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { fieldErrorMap } from '../../dossiers/dossier-format';
import { useEnterFeedback } from '../api';
import { EMPTY_LETTER, type Letter, LetterFields, letterBody } from '../components';
import { FEEDBACK_NS } from '../messages';

/** /can-bo/phan-anh-kien-nghi/nhap — staff enter a PAKN from the hotline, in person, a survey, Facebook, Zalo. */
export function EnterFeedbackPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  useDocumentTitle(t('paknEnter.docTitle'));
  return <RequireStaff>{() => <Enter />}</RequireStaff>;
}

function Enter() {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  const enter = useEnterFeedback();
  const [letter, setLetter] = useState<Letter>(EMPTY_LETTER);
  const [channel, setChannel] = useState<string>('hotline');
  const [link, setLink] = useState('');
  const errors = enter.error instanceof ApiError ? fieldErrorMap(enter.error.fields, lang) : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    enter.mutate(
      { ...letterBody(letter), channel, ...(link.trim() ? { link: link.trim() } : {}) },
      {
        onSuccess: () => {
          setLetter(EMPTY_LETTER);
          setLink('');
        },
      },
    );
  };
  return (
    <div className="narrow feedback">
      <p className="eyebrow">
        <Link to="/can-bo/phan-anh-kien-nghi">{t('paknInbox.title')}</Link>
      </p>
      <h1>{t('paknEnter.title')}</h1>
      <p className="lead">{t('paknEnter.lead')}</p>
      {enter.data && (
        <p className="alert alert-success" role="status">
          {t('paknEnter.saved', { code: enter.data.code, token: enter.data.followToken ?? '' })}{' '}
          <Link to={`/can-bo/phan-anh-kien-nghi/${enter.data.code}`}>{t('paknEnter.open')}</Link>
        </p>
      )}
      <form className="form-card" onSubmit={onSubmit} noValidate>
        <div className="field-group">
          <label htmlFor="pakn-channel">{t('paknEnter.channel')}</label>
          <select id="pakn-channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
            {STAFF_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`paknChannel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {(channel === 'facebook' || channel === 'zalo') && (
          <div className="field-group">
            <label htmlFor="pakn-link">{t('paknEnter.link')}</label>
            <input
              id="pakn-link"
              type="url"
              value={link}
              onChange={(e) => setLink(e.target.value)}
              maxLength={500}
            />
            {(errors.link || errors['references.link']) && (
              <span className="field-error">{errors.link ?? errors['references.link']}</span>
            )}
          </div>
        )}
        <LetterFields value={letter} onChange={setLetter} errors={errors} />
        {enter.isError && <ErrorMessage error={enter.error} />}
        <button type="submit" className="button button-primary" disabled={enter.isPending}>
          {t('paknCase.confirm')}
        </button>
      </form>
    </div>
  );
}
