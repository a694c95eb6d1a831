import { RATING_LEVELS, type RatingLevel } from '@motcua/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { KIOSK_KEY_STORAGE, useKioskInvitation, useKioskRate } from '../api';
import { RATINGS_NS } from '../messages';
import '../ratings.css';

const readKey = (): string => {
  try {
    return window.localStorage.getItem(KIOSK_KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
};

/**
 * /may-danh-gia — the counter's rating tablet (no sign-in): paired once with a key an officer makes, it waits
 * until the officer who hands over a result invites the citizen, then shows three large choices.
 */
export function KioskPage() {
  const { t } = useTranslation(RATINGS_NS);
  useDocumentTitle(t('kiosk.docTitle'));
  const [key, setKey] = useState(readKey);
  const remember = (k: string) => {
    try {
      if (k) window.localStorage.setItem(KIOSK_KEY_STORAGE, k);
      else window.localStorage.removeItem(KIOSK_KEY_STORAGE);
    } catch {
      // A locked-down browser without storage pairs again after a reload.
    }
    setKey(k);
  };
  return (
    <div className="kiosk">
      {key ? <Waiting kioskKey={key} onForget={() => remember('')} /> : <Pair onPair={remember} />}
    </div>
  );
}

function Pair({ onPair }: { onPair: (key: string) => void }) {
  const { t } = useTranslation(RATINGS_NS);
  const id = useId();
  const [typed, setTyped] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim()) onPair(typed.trim());
  };
  return (
    <form className="form-card narrow" onSubmit={onSubmit}>
      <h1>{t('kiosk.pairTitle')}</h1>
      <p className="lead">{t('kiosk.pairLead')}</p>
      <div className="field-group">
        <label htmlFor={`${id}-key`}>{t('kiosk.keyLabel')}</label>
        <input
          id={`${id}-key`}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={!typed.trim()}>
          {t('kiosk.pairSubmit')}
        </button>
      </p>
    </form>
  );
}

function Waiting({ kioskKey, onForget }: { kioskKey: string; onForget: () => void }) {
  const { t } = useTranslation(RATINGS_NS);
  const invitation = useKioskInvitation(kioskKey);
  const rate = useKioskRate(kioskKey);
  const [thanked, setThanked] = useState(false);
  // After a rating, the thanks stay a few seconds, then the tablet waits for the next citizen.
  useEffect(() => {
    if (!thanked) return;
    const timer = window.setTimeout(() => {
      setThanked(false);
      rate.reset();
    }, 5000);
    return () => window.clearTimeout(timer);
  }, [thanked, rate]);
  if (isApiError(invitation.error, 401)) {
    return (
      <div className="kiosk-idle">
        <p className="alert alert-error" role="alert">
          {t('kiosk.unpaired')}
        </p>
        <button type="button" className="button button-secondary" onClick={onForget}>
          {t('kiosk.forget')}
        </button>
      </div>
    );
  }
  if (thanked) {
    return (
      <div className="kiosk-idle" role="status">
        <h1>{t('kiosk.thanks')}</h1>
      </div>
    );
  }
  const inv = invitation.data;
  if (!inv) {
    return (
      <div className="kiosk-idle">
        <h1>{t('kiosk.idleTitle')}</h1>
        <p className="lead">{t('kiosk.idleLead')}</p>
      </div>
    );
  }
  const choose = (satisfaction: RatingLevel) =>
    rate.mutate(
      { code: inv.code, satisfaction },
      { onSettled: () => setThanked(true), onSuccess: () => void invitation.refetch() },
    );
  return (
    <div className="kiosk-ask">
      <h1 lang="vi">{t('kiosk.ask', { code: inv.code, procedure: inv.procedureName })}</h1>
      <p className="muted">{t('kiosk.servedBy', { name: inv.officerName })}</p>
      <div className="kiosk-choices">
        {[...RATING_LEVELS].reverse().map((level) => (
          <button
            key={level}
            type="button"
            className={`kiosk-choice rating-${level}`}
            disabled={rate.isPending}
            onClick={() => choose(level)}
          >
            {t(`ratingLevel.${level}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
