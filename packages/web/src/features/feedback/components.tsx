import { FEEDBACK_KINDS, type FeedbackSummary } from '@motcua/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPlainDate } from '../../lib/format';
import { useLang, usePick } from '../../lib/localize';
import type { StaffUser } from '../auth/api';
import { useAgencies } from '../dossiers/api';
import { FEEDBACK_NS } from './messages';

/** "còn 3 ngày làm việc" / "sắp đến hạn" (amber) / "quá hạn 2 ngày" (red), with the due date. */
export function PaknClock({ clock }: { clock: FeedbackSummary['clock'] }) {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  if (!clock) return <span className="badge">{t('paknClock.closed')}</span>;
  const text = clock.overdue
    ? t('paknClock.overdue', { count: -clock.daysLeft })
    : clock.daysLeft === 0
      ? t('paknClock.today')
      : t(clock.unit === 'working' ? 'paknClock.left' : 'paknClock.leftCalendar', { count: clock.daysLeft });
  const tone = clock.overdue ? 'badge-overdue' : clock.dueSoon ? 'badge-due-soon' : '';
  return (
    <span className={`case-clock ${clock.overdue ? 'due-overdue' : ''}`}>
      <span className={`badge ${tone}`}>{text}</span>{' '}
      <span className="muted">
        {t(clock.key === 'feedback.publish' ? 'paknClock.publish' : 'paknClock.answer')}{' '}
        <time dateTime={clock.due}>{formatPlainDate(clock.due, lang, false)}</time>
      </span>
    </span>
  );
}

const READERS = ['counter-officer', 'specialist', 'leader', 'inspector', 'supervisor', 'system-admin'];
const RECEIVERS = ['counter-officer', 'specialist', 'leader', 'inspector'];
const HANDLERS = ['specialist', 'leader', 'inspector'];

/** The staff home's links to the PAKN pages, for the roles that read them (the server decides). */
export function FeedbackLinks({ user }: { user: StaffUser }) {
  const { t } = useTranslation(FEEDBACK_NS);
  if (!READERS.some((r) => user.roles.includes(r))) return null;
  const receiver = RECEIVERS.some((r) => user.roles.includes(r));
  return (
    <section aria-labelledby="feedback-links" className="section">
      <h2 id="feedback-links">{t('paknHome.section')}</h2>
      <ul className="link-list">
        <li>
          <Link to="/can-bo/phan-anh-kien-nghi">{t('paknHome.inbox')}</Link>
        </li>
        {receiver && (
          <>
            <li>
              <Link to="/can-bo/phan-anh-kien-nghi/nhap">{t('paknHome.enter')}</Link>
            </li>
            <li>
              <Link to="/can-bo/phan-anh-kien-nghi/mo-hom-thu">{t('paknHome.box')}</Link>
            </li>
          </>
        )}
        {HANDLERS.some((r) => user.roles.includes(r)) && (
          <li>
            <Link to="/can-bo/phan-anh-kien-nghi/ban-noi-chung-toi-lam">{t('paknDone.link')}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}

export interface Letter {
  kind: string;
  title: string;
  content: string;
  agencyCode: string;
  dossierCode: string;
  fullName: string;
  phone: string;
  email: string;
  publishAnswer: boolean;
}
export const EMPTY_LETTER: Letter = {
  kind: 'regulation',
  title: '',
  content: '',
  agencyCode: '',
  dossierCode: '',
  fullName: '',
  phone: '',
  email: '',
  publishAnswer: true,
};

/** The API body of a letter: empty fields left out, the contact only when a name is given. */
export function letterBody(l: Letter): Record<string, unknown> {
  return {
    kind: l.kind,
    title: l.title,
    content: l.content,
    ...(l.agencyCode ? { agencyCode: l.agencyCode } : {}),
    ...(l.dossierCode.trim() ? { dossierCode: l.dossierCode.trim() } : {}),
    ...(l.fullName.trim()
      ? {
          contact: {
            fullName: l.fullName.trim(),
            ...(l.phone.trim() ? { phone: l.phone.trim() } : {}),
            ...(l.email.trim() ? { email: l.email.trim() } : {}),
          },
        }
      : {}),
    publishAnswer: l.publishAnswer,
  };
}

/** The fields of one PAKN, shared by the public form, staff entry and each suggestion-box letter. */
export function LetterFields({
  value,
  onChange,
  errors,
  prefix = '',
  contact = true,
}: {
  value: Letter;
  onChange: (next: Letter) => void;
  errors: Record<string, string>;
  prefix?: string;
  contact?: boolean;
}) {
  const { t } = useTranslation(FEEDBACK_NS);
  const pick = usePick();
  const id = useId();
  const agencies = useAgencies();
  const set = (key: keyof Letter) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  const err = (name: string) => errors[`${prefix}${name}`];
  const field = (
    name: keyof Letter,
    label: string,
    props: Record<string, unknown> = {},
    errorKey: string = name,
  ) => (
    <div className="field-group">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        value={String(value[name])}
        onChange={set(name)}
        aria-invalid={err(errorKey) ? true : undefined}
        {...props}
      />
      {err(errorKey) && <span className="field-error">{err(errorKey)}</span>}
    </div>
  );
  return (
    <>
      <fieldset className="field-group">
        <legend>{t('paknForm.kind')}</legend>
        {FEEDBACK_KINDS.map((k) => (
          <label key={k} className="report-choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={value.kind === k}
              onChange={() => onChange({ ...value, kind: k })}
            />
            {t(`paknKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-group">
        <label htmlFor={`${id}-agency`}>{t('paknForm.agency')}</label>
        <select id={`${id}-agency`} value={value.agencyCode} onChange={set('agencyCode')}>
          <option value="">{t('paknForm.agencyNone')}</option>
          {(agencies.data ?? [])
            .filter((a) => !['one-stop-section', 'service-centre'].includes(a.kind))
            .map((a) => (
              <option key={a.code} value={a.code}>
                {pick(a.name, a.nameEn)}
              </option>
            ))}
        </select>
        {err('agencyCode') && <span className="field-error">{err('agencyCode')}</span>}
      </div>
      {field('title', t('paknForm.heading'), { maxLength: 300, required: true })}
      <div className="field-group">
        <label htmlFor={`${id}-content`}>{t('paknForm.content')}</label>
        <textarea
          id={`${id}-content`}
          rows={6}
          maxLength={8000}
          value={value.content}
          onChange={set('content')}
          aria-invalid={err('content') ? true : undefined}
        />
        {err('content') && <span className="field-error">{err('content')}</span>}
      </div>
      {field('dossierCode', t('paknForm.dossierCode'), { maxLength: 60 })}
      {contact && (
        <fieldset className="field-group">
          <legend>{t('paknForm.withContact')}</legend>
          {field(
            'fullName',
            t('paknForm.fullName'),
            { maxLength: 200, autoComplete: 'name' },
            'contact.fullName',
          )}
          {field(
            'phone',
            t('paknForm.phone'),
            { maxLength: 20, inputMode: 'tel', autoComplete: 'tel' },
            'contact.phone',
          )}
          {field(
            'email',
            t('paknForm.email'),
            { maxLength: 200, type: 'email', autoComplete: 'email' },
            'contact.email',
          )}
        </fieldset>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.publishAnswer}
          onChange={(e) => onChange({ ...value, publishAnswer: e.target.checked })}
        />{' '}
        {t('paknForm.publish')}
      </label>
    </>
  );
}
