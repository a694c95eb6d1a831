import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORTS_NS } from './messages';

/** One line of a report's facts; `vi` marks text stored in Vietnamese whatever the page's language. */
export function Fact({ label, vi, children }: { label: string; vi?: boolean; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd lang={vi ? 'vi' : undefined}>{children}</dd>
    </div>
  );
}

interface Named {
  name: string;
}

/** The agency and procedure a report names — shown alike to the reporter and to the inspector. */
export function ReportWhereFacts({ agency, procedure }: { agency: Named | null; procedure: Named | null }) {
  const { t } = useTranslation(REPORTS_NS);
  return (
    <>
      {agency && (
        <Fact label={t('reportFollow.agency')} vi>
          {agency.name}
        </Fact>
      )}
      {procedure && (
        <Fact label={t('reportFollow.procedure')} vi>
          {procedure.name}
        </Fact>
      )}
    </>
  );
}
