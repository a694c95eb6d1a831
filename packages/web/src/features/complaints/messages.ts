/** The complaint pages' strings, in their own namespace and chunk (as the submission pages do). */
import i18n from 'i18next';
import { en, vi } from './messages-text';

i18n.addResourceBundle('vi', 'complaints', vi);
i18n.addResourceBundle('en', 'complaints', en);

export const COMPLAINTS_NS = ['complaints', 'translation'] as const;
