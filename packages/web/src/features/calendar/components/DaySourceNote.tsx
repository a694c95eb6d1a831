import { useTranslation } from 'react-i18next';
import { usePick } from '../../../lib/localize';
import type { CalendarDay } from '../api';

/** What a day rests on: the basis (statute, decision, estimate) and the article or document. */
export function DaySourceNote({ source }: { source: CalendarDay['source'] }) {
  const { t } = useTranslation();
  const pick = usePick();
  return (
    <span className="day-source">
      <span className={`badge badge-basis-${source.basis}`}>{t(`calendar.basis.${source.basis}`)}</span>{' '}
      <span className="day-source-reference">{pick(source.reference, source.referenceEn)}</span>
    </span>
  );
}
