import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePick } from '../../../lib/localize';
import type { DossierComponent } from '../api';

const FORM_KEYS = {
  original: 'form.original',
  'certified-copy': 'form.certified-copy',
  copy: 'form.copy',
  'original-or-certified-copy': 'form.original-or-certified-copy',
  presented: 'form.presented',
  electronic: 'form.electronic',
} as const;

interface Props {
  caption: string;
  components: DossierComponent[];
}

export function ComponentsTable({ caption, components }: Props) {
  const { t } = useTranslation();
  const pick = usePick();
  return (
    <ScrollRegion label={caption}>
      <table className="data-table components-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-no">
              {t('procedure.colNo')}
            </th>
            <th scope="col">{t('procedure.colName')}</th>
            <th scope="col" className="col-form">
              {t('procedure.colForm')}
            </th>
            <th scope="col" className="col-num">
              {t('procedure.colQuantity')}
            </th>
            <th scope="col" className="col-req">
              {t('procedure.colRequired')}
            </th>
          </tr>
        </thead>
        <tbody>
          {components.map((c, i) => (
            <tr key={c.id}>
              <td className="col-no">{i + 1}</td>
              <td>
                <span className="component-name">{pick(c.name, c.nameEn)}</span>
                {c.template && (
                  <span className="component-extra">
                    {t('procedure.template')}: <span lang="vi">{c.template}</span>
                  </span>
                )}
                {c.templateUrl && (
                  <span className="component-extra no-print">
                    <a href={c.templateUrl} rel="noopener noreferrer" download>
                      {t('procedure.downloadTemplate')}
                    </a>
                  </span>
                )}
                {c.note && (
                  <span className="component-extra" lang="vi">
                    {c.note}
                  </span>
                )}
              </td>
              <td data-label={t('procedure.colForm')}>{FORM_KEYS[c.form] ? t(FORM_KEYS[c.form]) : c.form}</td>
              <td className="col-num" data-label={t('procedure.colQuantity')}>
                {c.quantity}
              </td>
              <td className="col-req-cell">
                {c.required ? (
                  <span className="req req-yes">{t('procedure.required')}</span>
                ) : (
                  <span className="req req-no">{t('procedure.optional')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
