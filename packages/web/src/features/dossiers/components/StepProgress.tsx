import type { StepVisitView, WorkflowStepView } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useLang, usePick } from '../../../lib/localize';
import { formatInstant } from '../dossier-format';

const RESULT_CLASS: Record<StepVisitView['result'], string> = {
  early: 'step-result step-result-ok',
  'on-time': 'step-result step-result-ok',
  late: 'step-result step-result-late',
  pending: 'step-result step-result-pending',
};

/**
 * The dossier's way through its workflow: every hand-over with its time, giver, receiver, the step's own
 * deadline and whether it kept it (what Form 06 prints), then the steps still ahead with their allotments.
 */
export function StepProgress({
  steps,
  workflow,
  currentKey,
}: {
  steps: readonly StepVisitView[];
  workflow: readonly WorkflowStepView[];
  currentKey: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const lastVisited = workflow.findIndex((w) => w.key === steps.at(-1)?.key);
  const ahead = currentKey === undefined && steps.length > 0 ? [] : workflow.slice(lastVisited + 1);
  return (
    <ScrollRegion label={t('workflow.progress')}>
      <table className="data-table step-table">
        <caption className="visually-hidden">{t('workflow.progress')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workflow.step')}</th>
            <th scope="col">{t('workflow.agency')}</th>
            <th scope="col">{t('workflow.handedOver')}</th>
            <th scope="col">{t('workflow.due')}</th>
            <th scope="col">{t('workflow.result')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => {
            const current = s.endedAt === null && s.key === currentKey;
            const receiver = steps[i - 1]?.handedTo ?? s.endedBy;
            return (
              <tr key={`${s.key}-${s.startedAt}`} aria-current={current ? 'step' : undefined}>
                <th scope="row">
                  {pick(s.name, s.nameEn)}
                  {s.note && <span className="component-extra">{s.note}</span>}
                </th>
                <td lang="vi">{s.agency.name}</td>
                <td>
                  {formatInstant(s.startedAt, lang)}
                  <span className="component-extra">
                    {t('workflow.giver')}: {s.givenBy}
                    {receiver && ` · ${t('workflow.receiver')}: ${receiver}`}
                  </span>
                </td>
                <td>
                  {formatInstant(s.dueAt, lang)}
                  {s.endedAt && (
                    <span className="component-extra">
                      {t('workflow.endedAt')}: {formatInstant(s.endedAt, lang)}
                    </span>
                  )}
                </td>
                <td>
                  <span className={RESULT_CLASS[s.result]}>{t(`workflow.results.${s.result}`)}</span>
                </td>
              </tr>
            );
          })}
          {ahead.map((w) => (
            <tr key={w.key} className="step-ahead">
              <th scope="row">{pick(w.name, w.nameEn)}</th>
              <td lang="vi">{w.agency.name}</td>
              <td className="muted">{t('workflow.notYet')}</td>
              <td className="muted">
                {t(w.allotment.unit === 'working-days' ? 'workflow.days' : 'workflow.hours', {
                  count: w.allotment.value,
                })}
              </td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
