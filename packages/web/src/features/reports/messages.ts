/** The anonymous report pages' strings, in their own namespace and chunk (as the submission pages do). */
import i18n from 'i18next';
import { en, vi } from './messages-text';

i18n.addResourceBundle('vi', 'reports', vi);
i18n.addResourceBundle('en', 'reports', en);

export const REPORTS_NS = ['reports', 'translation'] as const;
