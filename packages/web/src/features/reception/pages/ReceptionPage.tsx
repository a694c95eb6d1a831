import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  type DatedSessionT,
  type RegistrationReceipt,
  useFollowRegistration,
  usePublicAgencies,
  usePublicSchedule,
  useRegister,
} from '../api';
import { ReceptionNav, recurrenceText } from '../components';
import { RECEPTION_NS } from '../messages';
import '../reception.css';

/** /tiep-cong-dan — each agency's reception schedule, registering for a session, following it by code. */
export function ReceptionPage() {
  const { t } = useTranslation(RECEPTION_NS);
  useDocumentTitle(t('reception.docTitle'));
  const id = useId();
  const [params, setParams] = useSearchParams();
  const agencies = usePublicAgencies();
  const first = agencies.data?.items.find((a) => a.hasSchedule)?.code ?? '';
  const agency = params.get('agency') ?? first;
  return (
    <div className="reception">
      <ReceptionNav current="reception" />
      <h1>{t('reception.heading')}</h1>
      <p className="lead">{t('reception.intro')}</p>
      {agencies.isPending ? (
        <Loading />
      ) : agencies.isError ? (
        <ErrorMessage error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : (
        <div className="field-group">
          <label htmlFor={`${id}-agency`}>{t('reception.agency')}</label>
          <select
            id={`${id}-agency`}
            value={agency}
            onChange={(e) => setParams({ agency: e.target.value }, { replace: true })}
          >
            <option value="">{t('reception.chooseAgency')}</option>
            {agencies.data.items.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {agency && <Schedule agency={agency} />}
      <Follow />
    </div>
  );
}

function Schedule({ agency }: { agency: string }) {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  const schedule = usePublicSchedule(agency);
  const [chosen, setChosen] = useState<DatedSessionT | null>(null);
  const [receipt, setReceipt] = useState<RegistrationReceipt | null>(null);
  // A new agency starts afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on the agency only
  useEffect(() => {
    setChosen(null);
    setReceipt(null);
  }, [agency]);
  if (schedule.isPending) return <Loading />;
  if (schedule.isError)
    return <ErrorMessage error={schedule.error} onRetry={() => void schedule.refetch()} />;
  const { entries, sessions } = schedule.data;
  if (entries.length === 0) return <p className="muted">{t('reception.noSchedule')}</p>;
  if (receipt) {
    return (
      <div className="alert alert-success" role="status">
        <p>{t('reception.form.done')}</p>
        <p className="reception-code" data-testid="registration-code">
          {receipt.code}
        </p>
        <p>
          {t('reception.form.chosen', {
            date: formatPlainDate(receipt.date, lang),
            session: t(`reception.session.${receipt.session}`).toLowerCase(),
            place: receipt.place,
          })}
        </p>
        <p>{t('reception.form.doneHint')}</p>
      </div>
    );
  }
  if (chosen)
    return (
      <RegisterForm agency={agency} session={chosen} onBack={() => setChosen(null)} onDone={setReceipt} />
    );
  return (
    <>
      <h2>{t('reception.scheduleHeading')}</h2>
      <ul className="reception-entries">
        {entries.map((e) => (
          <li key={e.id}>
            <strong>
              {recurrenceText(t, lang, e.recurrence)} · {t(`reception.session.${e.session}`)}
            </strong>
            <span>
              {e.receiverName} ({t(`reception.role.${e.receiverRole}`)})
            </span>
            <span className="muted">{e.place}</span>
          </li>
        ))}
      </ul>
      <h2>{t('reception.sessionsHeading')}</h2>
      {sessions.length === 0 ? (
        <p className="muted">{t('reception.noSessions')}</p>
      ) : (
        <ul className="reception-sessions">
          {sessions.map((s) => (
            <li key={`${s.date}-${s.session}-${s.entryId}`}>
              <span>
                <strong>{formatPlainDate(s.date, lang)}</strong> · {t(`reception.session.${s.session}`)}
                <br />
                <span className="muted">{s.receiverName}</span>
              </span>
              {s.placesLeft > 0 ? (
                <button
                  type="button"
                  className="button button-small button-primary"
                  onClick={() => setChosen(s)}
                >
                  {t('reception.register')}
                  <span className="visually-hidden"> {formatPlainDate(s.date, lang)}</span>
                  <span className="muted-on-primary">
                    {' '}
                    · {t('reception.placesLeft', { count: s.placesLeft })}
                  </span>
                </button>
              ) : (
                <span className="badge">{t('reception.full')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function RegisterForm(props: {
  agency: string;
  session: DatedSessionT;
  onBack: () => void;
  onDone: (r: RegistrationReceipt) => void;
}) {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  const id = useId();
  const register = useRegister();
  const s = props.session;
  const fieldError = (path: string) =>
    isApiError(register.error) ? register.error.fields.find((f) => f.path === path)?.message : undefined;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    register.mutate(
      {
        agencyCode: props.agency,
        entryId: s.entryId,
        date: s.date,
        session: s.session,
        fullName: String(f.get('fullName') ?? ''),
        phone: String(f.get('phone') ?? ''),
        subject: String(f.get('subject') ?? ''),
      },
      { onSuccess: props.onDone },
    );
  };
  const field = (name: string, label: string, props2: Record<string, unknown>) => (
    <div className="field-group">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {name === 'subject' ? (
        <textarea
          id={`${id}-${name}`}
          name={name}
          rows={4}
          aria-invalid={fieldError(name) ? true : undefined}
          {...props2}
        />
      ) : (
        <input
          id={`${id}-${name}`}
          name={name}
          aria-invalid={fieldError(name) ? true : undefined}
          {...props2}
        />
      )}
      {fieldError(name) && <span className="field-error">{fieldError(name)}</span>}
    </div>
  );
  return (
    <form className="form-card" onSubmit={onSubmit} noValidate>
      <h2>{t('reception.form.heading')}</h2>
      <p>
        {t('reception.form.chosen', {
          date: formatPlainDate(s.date, lang),
          session: t(`reception.session.${s.session}`).toLowerCase(),
          place: s.place,
        })}
      </p>
      <p className="muted">{t('reception.form.receiver', { name: s.receiverName })}</p>
      {field('fullName', t('reception.form.fullName'), {
        maxLength: 200,
        required: true,
        autoComplete: 'name',
      })}
      {field('phone', t('reception.form.phone'), {
        type: 'tel',
        maxLength: 20,
        required: true,
        autoComplete: 'tel',
      })}
      {field('subject', t('reception.form.subject'), { maxLength: 2000, required: true })}
      {isApiError(register.error, 409) ? (
        <p className="alert alert-error" role="alert">
          {t('reception.form.full')}
        </p>
      ) : (
        register.isError && <ErrorMessage error={register.error} />
      )}
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={register.isPending}>
          {t('reception.form.submit')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          {t('reception.form.cancel')}
        </button>
      </p>
    </form>
  );
}

function Follow() {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  const id = useId();
  const [code, setCode] = useState('');
  const follow = useFollowRegistration();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) follow.mutate(code.trim());
  };
  const r = follow.data;
  return (
    <section className="section" aria-labelledby={`${id}-follow`}>
      <h2 id={`${id}-follow`}>{t('reception.follow.heading')}</h2>
      <form className="form-card" onSubmit={onSubmit}>
        <div className="field-group">
          <label htmlFor={`${id}-code`}>{t('reception.follow.code')}</label>
          <input
            id={`${id}-code`}
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="TCD-XXXXX-XXXXX"
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={follow.isPending}>
          {t('reception.follow.look')}
        </button>
      </form>
      {isApiError(follow.error, 404) || isApiError(follow.error, 400) ? (
        <p className="alert alert-error" role="alert">
          {t('reception.follow.notFound')}
        </p>
      ) : (
        follow.isError && <ErrorMessage error={follow.error} />
      )}
      {r && (
        <div className="card reception-follow" data-testid="registration-status">
          <p>
            <span className="badge">{t(`reception.follow.status.${r.status}`)}</span> {r.code}
          </p>
          <p>
            {r.agency.name} — {formatPlainDate(r.date, lang)},{' '}
            {t(`reception.session.${r.session}`).toLowerCase()}
          </p>
          <p className="muted">{r.place}</p>
          <p className="muted">
            {r.fullName} · {t('reception.follow.phone', { phone: r.phone })}
          </p>
          {r.outcome && <p>{t(`reception.follow.outcome.${r.outcome}`)}</p>}
          {r.followUp?.code && <p>{t('reception.follow.followUp', { code: r.followUp.code })}</p>}
        </div>
      )}
    </section>
  );
}
