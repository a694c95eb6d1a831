import { CHECK_CODE_PARAM, normaliseCheckCode, trackingPath } from '@motcua/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { normalizeDossierCode } from '../api';

/** What was typed as a check code, as core reads it (or as typed, so the server can say it is wrong). */
export const readCheckCode = (typed: string): string => normaliseCheckCode(typed) ?? typed.trim();

/** The dossier code and check code of a receipt → the tracking page (/tra-cuu and the home page). */
export function TrackingForm({
  initial,
  initialCheck,
  wrongCheck,
  compact,
}: {
  initial: string;
  initialCheck: string;
  wrongCheck: boolean;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [value, setValue] = useState(initial);
  const [checkValue, setCheckValue] = useState(initialCheck);
  useEffect(() => setValue(initial), [initial]);
  useEffect(() => setCheckValue(initialCheck), [initialCheck]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const c = normalizeDossierCode(value);
    if (c) navigate(trackingPath(c, readCheckCode(checkValue)));
  };

  return (
    <search className={compact ? 'search tracking-search section' : 'search search-large tracking-search'}>
      {compact && <h2 className="h3-like">{t('tracking.anotherCode')}</h2>}
      <form onSubmit={submit} className="search-form">
        <label htmlFor={id} className="search-label">
          {t('tracking.codeLabel')}
        </label>
        <input
          id={id}
          name="code"
          className="tracking-code"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          enterKeyHint="search"
        />
        <p id={`${id}-hint`} className="hint">
          {t('tracking.codeHint')}
        </p>
        {/* The check code beside the button: the QR fills it in, and Enter in either field looks up. */}
        <label htmlFor={`${id}-check`} className="search-label">
          {t('tracking.checkLabel')}
        </label>
        <div className="search-row">
          <input
            id={`${id}-check`}
            name={CHECK_CODE_PARAM}
            className="tracking-check"
            value={checkValue}
            onChange={(e) => setCheckValue(e.target.value)}
            aria-describedby={`${id}-check-hint`}
            aria-invalid={wrongCheck ? true : undefined}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            enterKeyHint="search"
          />
          <button type="submit" className="button button-primary">
            {t('tracking.submit')}
          </button>
        </div>
        <p id={`${id}-check-hint`} className="hint">
          {t('tracking.checkHint')}
        </p>
      </form>
    </search>
  );
}
