/** The feedback (PAKN) pages' strings, in their own namespace and chunk (as the complaint pages do). */
import i18n from 'i18next';
import { en, vi } from './messages-text';

i18n.addResourceBundle('vi', 'feedback', vi);
i18n.addResourceBundle('en', 'feedback', en);

export const FEEDBACK_NS = ['feedback', 'translation'] as const;
