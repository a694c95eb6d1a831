import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../lib/localize';
import { formatDue, formatInstant } from '../dossier-format';
import type { Outcome } from './use-intake-form';

interface Props {
  outcome: Outcome;
  onNew: () => void;
  onBack: () => void;
}

/** What the counter hands the applicant: the receipt (Form 01), the supplement slip (02) or the refusal (03). */
export function IntakeOutcome({ outcome, onNew, onBack }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const heading = (key: string) => (
    <h2 id="outcome-title" ref={headingRef} tabIndex={-1}>
      {t(key)}
    </h2>
  );
  const newIntake = (
    <button type="button" className="button button-secondary" onClick={onNew}>
      {t('intake.newIntake')}
    </button>
  );

  if (outcome.outcome === 'received') {
    return (
      <section className="section outcome outcome-success" aria-labelledby="outcome-title">
        {heading('intake.receivedTitle')}
        <p>{t('intake.receivedText')}</p>
        <dl className="facts">
          <div>
            <dt>{t('dossier.code')}</dt>
            <dd>
              <code className="dossier-code" data-testid="dossier-code">
                {outcome.code}
              </code>
            </dd>
          </div>
          <div>
            <dt>{t('intake.dueAt')}</dt>
            <dd className="strong">{formatDue(outcome.dueDate, outcome.dueAt, lang)}</dd>
          </div>
        </dl>
        <p className="actions">
          <a className="button button-primary" href={outcome.forms.receipt} target="_blank" rel="noopener">
            {t('intake.printReceipt')}
          </a>
          <Link className="button button-secondary" to={`/can-bo/ho-so/${encodeURIComponent(outcome.code)}`}>
            {t('intake.openDossier')}
          </Link>
          {newIntake}
        </p>
      </section>
    );
  }

  if (outcome.outcome === 'held') {
    return (
      <section className="section outcome outcome-warning" aria-labelledby="outcome-title">
        {heading('intake.heldTitle')}
        <p>{t('intake.heldText', { at: formatInstant(outcome.claimedReceivedAt, lang) })}</p>
        <dl className="facts">
          <div>
            <dt>{t('intake.backdateReason')}</dt>
            <dd lang="vi">{outcome.reason}</dd>
          </div>
        </dl>
        <p className="actions">{newIntake}</p>
      </section>
    );
  }

  if (outcome.outcome === 'supplement-requested') {
    return (
      <section className="section outcome outcome-warning" aria-labelledby="outcome-title">
        {heading('intake.supplementTitle')}
        <p>{t('intake.supplementText', { number: outcome.slip.number })}</p>
        <ul className="missing-list">
          {outcome.slip.missing.map((m) => (
            <li key={m.id}>
              <span className="strong" lang="vi">
                {m.name}
              </span>{' '}
              ({t(`form.${m.form}`)}, {m.quantity})
              {m.reason && (
                <span className="component-extra" lang="vi">
                  {m.reason}
                </span>
              )}
            </li>
          ))}
        </ul>
        <p className="actions">
          <a className="button button-primary" href={outcome.forms.supplement} target="_blank" rel="noopener">
            {t('intake.printSupplement')}
          </a>
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('intake.backToForm')}
          </button>
          {newIntake}
        </p>
      </section>
    );
  }

  return (
    <section className="section outcome outcome-refused" aria-labelledby="outcome-title">
      {heading('intake.refusedTitle')}
      <p>{t('intake.refusedText', { number: outcome.slip.number })}</p>
      <p className="actions">
        <a className="button button-primary" href={outcome.forms.refusal} target="_blank" rel="noopener">
          {t('intake.printRefusal')}
        </a>
        {newIntake}
      </p>
    </section>
  );
}
