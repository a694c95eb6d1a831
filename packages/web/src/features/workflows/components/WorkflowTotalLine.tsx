import { type Allotment, type TimeLimit, workflowTotal } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { formatTimeLimit } from '../../../lib/format';
import { useLang } from '../../../lib/localize';

/**
 * The steps' time added up while the admin types, and the warning once it passes the legal limit: core's
 * `workflowTotal`, the comparison the server makes when it refuses the save.
 */
export function WorkflowTotalLine({
  steps,
  timeLimit,
}: {
  steps: readonly { allotment: Allotment }[];
  timeLimit: TimeLimit;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const total = workflowTotal(steps, timeLimit);
  const number = (n: number) =>
    n.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 });
  const limit = formatTimeLimit(t, { timeLimit });
  return (
    <div className={total.isOverLimit ? 'workflow-total is-over' : 'workflow-total'} aria-live="polite">
      <p>
        {t('workflow.total', {
          days: number(total.usedDays),
          hours: number(total.usedHours),
          limit,
        })}
      </p>
      {total.isOverLimit && (
        <p className="workflow-total-warning">
          <span aria-hidden="true">⚠ </span>
          {t('workflow.overLimit', { limit })}
        </p>
      )}
    </div>
  );
}
