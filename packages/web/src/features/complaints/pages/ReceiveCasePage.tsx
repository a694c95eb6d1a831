import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { isApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { useReceiveCase } from '../api';
import { COMPLAINTS_NS } from '../messages';

const CHANNELS = ['in-person', 'letter', 'transfer'] as const;

/** Receiving a complaint or denunciation in person, by letter or by transfer; its clocks start on save. */
export function ReceiveCasePage() {
  const { t } = useTranslation(COMPLAINTS_NS);
  useDocumentTitle(t('receiveLink'));
  // Who may receive is the server's to say: an officer who may not gets its refusal on saving.
  return <RequireStaff>{() => <ReceiveForm />}</RequireStaff>;
}

function ReceiveForm() {
  const { t } = useTranslation(COMPLAINTS_NS);
  const navigate = useNavigate();
  const receive = useReceiveCase();
  const [kind, setKind] = useState<'complaint' | 'denunciation'>('complaint');
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('in-person');
  const fieldError = (path: string) =>
    isApiError(receive.error) ? receive.error.fields.find((f) => f.path === path)?.message : undefined;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const opt = (name: string) => (text(name) ? { [name]: text(name) } : {});
    const references = { ...opt('feedbackCode'), ...opt('dossierCode'), ...opt('fromAgency') };
    receive.mutate(
      {
        kind,
        channel,
        subject: text('subject'),
        ...(kind === 'complaint' ? { instance: Number(f.get('instance') ?? 1), ...opt('knownOn') } : {}),
        ...(kind === 'denunciation' ? { verification: f.get('verification') === 'on' } : {}),
        remote: f.get('remote') === 'on',
        ...opt('receivedOn'),
        ...(Object.keys(references).length ? { references } : {}),
        party: { fullName: text('fullName'), ...opt('idNumber'), ...opt('phone'), ...opt('address') },
      },
      { onSuccess: (view) => void navigate(`/can-bo/khieu-nai-to-cao/${encodeURIComponent(view.code)}`) },
    );
  };
  const field = (name: string, label: string, props: Record<string, unknown> = {}) => {
    const error = fieldError(name) ?? fieldError(`party.${name}`) ?? fieldError(`references.${name}`);
    return (
      <div className="field-group">
        <label htmlFor={`case-${name}`}>{label}</label>
        <input id={`case-${name}`} name={name} aria-invalid={error ? true : undefined} {...props} />
        {error && <span className="field-error">{error}</span>}
      </div>
    );
  };
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to="/can-bo/khieu-nai-to-cao">{t('registerLink')}</Link>
      </p>
      <h1>{t('receiveLink')}</h1>
      <form className="form-card" onSubmit={onSubmit} noValidate>
        <fieldset className="field-group">
          <legend>{t('caseForm.kind')}</legend>
          {(['complaint', 'denunciation'] as const).map((k) => (
            <label key={k} className="radio">
              <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />{' '}
              {t(`kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field-group">
          <label htmlFor="case-channel">{t('caseForm.channel')}</label>
          <select
            id="case-channel"
            value={channel}
            onChange={(e) => setChannel(e.target.value as typeof channel)}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {channel === 'transfer' &&
          field('fromAgency', t('caseForm.fromAgency'), { maxLength: 200, required: true })}
        {kind === 'complaint' && (
          <>
            <div className="field-group">
              <label htmlFor="case-instance">{t('caseForm.instance')}</label>
              <select id="case-instance" name="instance" defaultValue="1">
                <option value="1">{t('instance.1')}</option>
                <option value="2">{t('instance.2')}</option>
              </select>
            </div>
            {field('knownOn', t('caseForm.knownOn'), { type: 'date' })}
          </>
        )}
        <div className="field-group">
          <label htmlFor="case-subject">{t('caseForm.subject')}</label>
          <textarea
            id="case-subject"
            name="subject"
            rows={4}
            maxLength={4000}
            required
            aria-invalid={fieldError('subject') ? true : undefined}
          />
          {fieldError('subject') && <span className="field-error">{fieldError('subject')}</span>}
        </div>
        {field('receivedOn', t('caseForm.receivedOn'), { type: 'date' })}
        <label className="checkbox">
          <input type="checkbox" name="remote" /> {t('caseForm.remote')}
        </label>
        {kind === 'denunciation' && (
          <label className="checkbox">
            <input type="checkbox" name="verification" /> {t('caseForm.verification')}
          </label>
        )}
        <fieldset className="field-group">
          <legend>{t('caseForm.partyLegend')}</legend>
          {kind === 'denunciation' && <p className="hint">{t('caseForm.partyHint')}</p>}
          {field('fullName', t('caseForm.fullName'), { maxLength: 200, required: true, autoComplete: 'off' })}
          {field('idNumber', t('caseForm.idNumber'), {
            maxLength: 20,
            inputMode: 'numeric',
            autoComplete: 'off',
          })}
          {field('phone', t('caseForm.phone'), { maxLength: 20, type: 'tel', autoComplete: 'off' })}
          {field('address', t('caseForm.address'), { maxLength: 300, autoComplete: 'off' })}
        </fieldset>
        {field('feedbackCode', t('caseForm.feedbackCode'), { maxLength: 60 })}
        {field('dossierCode', t('caseForm.dossierCode'), { maxLength: 60 })}
        {receive.isError && !isApiError(receive.error, 400) && <ErrorMessage error={receive.error} />}
        {isApiError(receive.error, 400) && <ErrorMessage error={receive.error} />}
        <button type="submit" className="button button-primary" disabled={receive.isPending}>
          {t('caseForm.submit')}
        </button>
      </form>
    </div>
  );
}
