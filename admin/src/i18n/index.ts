import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import chineseMessages from 'ra-language-chinese';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import * as en from './en';
import * as zh from './zh';

// English underneath Chinese: should a react-admin upgrade add a key before
// zh.ts does, the console shows English rather than a raw message key.
export const chinese = mergeTranslations(englishMessages, chineseMessages, zh.raMessages, zh.appMessages);
export const english = mergeTranslations(englishMessages, en.appMessages);

const messagesByLocale: Record<string, TranslationMessages> = { 'zh-CN': chinese, en: english };

export const i18nProvider = polyglotI18nProvider((locale) => messagesByLocale[locale] ?? chinese, 'zh-CN', [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
]);
