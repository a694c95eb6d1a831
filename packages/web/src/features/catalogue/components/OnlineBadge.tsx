import { useTranslation } from 'react-i18next';
import type { OnlineService } from '../api';

const KEYS = {
  full: 'online.badgeFull',
  partial: 'online.badgePartial',
  none: 'online.badgeNone',
} as const;

export function OnlineBadge({ level }: { level: OnlineService }) {
  const { t } = useTranslation();
  const key = KEYS[level] ?? KEYS.none;
  return <span className={`badge badge-online-${level}`}>{t(key)}</span>;
}

export function LevelBadge({ level }: { level: 'province' | 'commune' }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-level">{t(level === 'commune' ? 'level.commune' : 'level.province')}</span>
  );
}
