import type { SlipLink } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../lib/localize';
import { formatInstant } from '../dossier-format';

/** The slips the dossier has, as the server lists them: each numbered one with its register number. */
export function SlipLinks({ slips }: { slips: readonly SlipLink[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (slips.length === 0) return <p className="muted">{t('dossierPage.noSlips')}</p>;
  return (
    <ul className="link-list">
      {slips.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener">
            {t(`dossierPage.slip${s.form}`)}
            {s.number && ` (${t('dossierPage.slipNumber', { number: s.number })})`}
          </a>
          {s.number && s.issuedAt && (
            <span className="component-extra">
              {t('dossierPage.slipIssued', { at: formatInstant(s.issuedAt, lang) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
