import { HANDOVER_FORM, type SlipLink } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../lib/localize';
import { formatInstant } from '../dossier-format';

/**
 * The slips the dossier has, as the server lists them: each numbered one with its register number; once the
 * result was handed over in person, its hand-over receipt as a button, since both sides sign it there and then.
 */
export function SlipLinks({ slips }: { slips: readonly SlipLink[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (slips.length === 0) return <p className="muted">{t('dossierPage.noSlips')}</p>;
  const handOver = slips.find((s) => s.form === HANDOVER_FORM);
  const forms = slips.filter((s) => s.form !== HANDOVER_FORM);
  return (
    <>
      {handOver && (
        <p>
          <a className="button button-primary" href={handOver.url} target="_blank" rel="noopener">
            {t('dossierPage.printHandOver')}
          </a>
        </p>
      )}
      <ul className="link-list">
        {forms.map((s) => (
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
    </>
  );
}
