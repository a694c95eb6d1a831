/** The reception pages' strings, in their own namespace and chunk (as the complaint pages do). */
import i18n from 'i18next';
import { en, vi } from './messages-text';

i18n.addResourceBundle('vi', 'reception', vi);
i18n.addResourceBundle('en', 'reception', en);

export const RECEPTION_NS = ['reception', 'translation'] as const;
