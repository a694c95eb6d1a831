import { allotmentHours } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { useCaseWorkflow } from '../api';

/**
 * The published internal process of a case (quy trình nội bộ): each step, who does it and how long it may
 * take. Collapsed by default; citizens open it to see where their time goes.
 */
export function CaseWorkflowSummary({
  procedureCode,
  caseCode,
}: {
  procedureCode: string;
  caseCode: string;
}) {
  const { t } = useTranslation();
  const workflow = useCaseWorkflow(procedureCode, caseCode);
  if (!workflow.data) return null;
  const { steps, stepAgencyNames } = workflow.data;
  const hours = steps.reduce((sum, s) => sum + allotmentHours(s.allotment), 0);
  return (
    <details className="case-workflow no-print">
      <summary>
        {t('workflow.publicTitle')} —{' '}
        {t('workflow.publicSummary', { count: steps.length, days: (hours / 8).toLocaleString('vi-VN') })}
      </summary>
      <p className="muted small">{t('workflow.publicIntro')}</p>
      <ol>
        {steps.map((s, i) => (
          <li key={s.key}>
            <span lang="vi">{s.name}</span>
            <span className="component-extra" lang="vi">
              {stepAgencyNames?.[i]} ·{' '}
              {t(s.allotment.unit === 'working-days' ? 'workflow.days' : 'workflow.hours', {
                count: s.allotment.value,
              })}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
