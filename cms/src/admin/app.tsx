import { Typography } from '@strapi/design-system';
import type { StrapiApp } from '@strapi/strapi/admin';
// The rules' source, not their CommonJS build, which the panel's bundler does not read.
import { storedValueLabels } from '../../../rules/src/record-labels';
// The package's exports map hides its translation files; the workspace hoists it to the root.
import contentManagerChinese from '../../../node_modules/@strapi/content-manager/dist/admin/translations/zh-Hans.json.mjs';
import cmsPackage from '../../package.json';

/** Keys under which Strapi's admin panel keeps a browser's language and guided-tour state. */
const LANGUAGE_KEY = 'strapi-admin-language';
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';
const NPS_SURVEY_KEY = 'STRAPI_NPS_SURVEY_SETTINGS';
/** The "new Media Library, read our blog post" banner, dismissed per project (its uuid, or false when telemetry is off). */
const MEDIA_LIBRARY_BANNER_KEYS = [cmsPackage.strapi.uuid, 'false'].flatMap((project) =>
  [false, true].map((legacy) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${project}`),
);

/** Words of Strapi 5.54's screens its Chinese translation lacks. */
const MISSING_CHINESE = {
  'global.home': '首页',
  'Content Manager': '内容管理',
  'global.plugins.content-manager': '内容管理',
  'content-manager.plugin.name': '内容管理',
  'content-manager.containers.edit.header.more-actions': '更多操作',
  // users-permissions' content type, named in the Content Manager's menu by its display name.
  User: '用户',
  'search.placeholder': '搜索',
  'content-manager.containers.edit.panels.default.title': '条目',
  'content-manager.preview.panel.title': '预览',
  'content-manager.preview.panel.button-configuration': '设置预览',
};

interface ListHeader {
  name: string;
  attribute?: { type?: string };
}

const isYear = (header: ListHeader) => header.attribute?.type === 'integer' && /(^y|Y)ear$/.test(header.name);

/** Sets a browser's first value only: a choice the administrator makes later (profile, tour) stands. */
function defaultInBrowser(key: string, value: string): void {
  if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
}

export default {
  config: {
    // The administrators are Chinese officials: Simplified Chinese is offered and is the default
    // (English stays selectable in the profile, Strapi always ships it).
    locales: ['zh-Hans'],
    // Strapi 5.54's Content Manager writes part of its Chinese keys already prefixed with the plugin's
    // name, which its loader prefixes again, so those show in English (Create new entry, Content
    // Manager…). Given here as they are, they reach the keys the screens ask for.
    // An enumeration's options show through a message whose id is the stored value (city_review):
    // the domain's words for them, as the console shows them.
    translations: {
      'zh-Hans': {
        ...storedValueLabels(),
        ...MISSING_CHINESE,
        ...Object.fromEntries(Object.entries(contentManagerChinese as Record<string, string>).filter(([key]) => key.startsWith('content-manager.'))),
      },
    },
    // No video tutorials, release notices or upsells in a government back-office.
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // The Strapi Cloud "deploy now" card, if a cloud plugin is ever installed.
    app.widgets.register((widgets) => widgets.filter((widget) => widget.id !== 'deploy-now'));
    // A year (年度) is an integer to Strapi, whose lists group its digits (2,026): shown as written.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => ({
      layout,
      displayedHeaders: displayedHeaders.map((header) =>
        isYear(header)
          ? { ...header, cellFormatter: (row: Record<string, unknown>) => <Typography textColor="neutral800">{String(row[header.name] ?? '-')}</Typography> }
          : header,
      ),
    }));
  },
  bootstrap() {
    // Runs before the panel first renders, which reads the language from here (else English) until
    // a signed-in user's own preferred language replaces it.
    defaultInBrowser(LANGUAGE_KEY, 'zh-Hans');
    // The guided tour (Strapi's product tour, in English terms of its own) and the NPS survey stay off.
    defaultInBrowser(GUIDED_TOUR_KEY, JSON.stringify({ enabled: false }));
    for (const key of MEDIA_LIBRARY_BANNER_KEYS) defaultInBrowser(key, 'true');
    defaultInBrowser(NPS_SURVEY_KEY, JSON.stringify({ enabled: false, lastResponseDate: null, firstDismissalDate: null, lastDismissalDate: null }));
  },
};
