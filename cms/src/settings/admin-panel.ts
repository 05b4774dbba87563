import { SETTING_LABELS, THRESHOLD_KEYS, thresholdLabel, thresholdUnit } from '@sme-cluster/rules';
import { SETTINGS_UID, dataPath } from './store';

interface FieldText {
  label: string;
  description: string;
}
type Metadatas = Record<string, { edit?: Record<string, unknown> }>;
type Layout = Array<Array<{ name: string; size: number }>>;
interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: Metadatas;
  layouts?: { edit?: Layout };
}
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}
type Attributes = Record<string, { type: string; component?: string }>;

/** Chinese label, English and the way to enter it as the help text under the field. */
function fieldText(label: { zh: string; en: string; hint?: { zh: string } }, extra: string[] = []): FieldText {
  return { label: label.zh, description: [label.hint?.zh, label.en, ...extra].filter(Boolean).join(' · ') };
}

function inPairs(layout: Layout): Layout {
  const names = layout.flat().map((field) => field.name);
  return Array.from({ length: Math.ceil(names.length / 2) }, (_, row) => names.slice(row * 2, row * 2 + 2).map((name) => ({ name, size: 6 })));
}

/** Admin panel field → its label, by model (the single type or one of its components). */
function settingsFieldTexts(): Map<string, Record<string, FieldText>> {
  const attributes = strapi.contentType(SETTINGS_UID as never).attributes as unknown as Attributes;
  const texts = new Map<string, Record<string, FieldText>>();
  const put = (adminPath: string, text: FieldText) => {
    const [attribute, field] = adminPath.split('.');
    const uid = field ? attributes[attribute]?.component : SETTINGS_UID;
    if (!uid) throw new Error(`settings: no admin panel field for ${adminPath}`);
    texts.set(uid, { ...texts.get(uid), [field ?? attribute]: text });
  };
  // A component field (thresholds, schedules, lifecycle) is headed by the component's own display name.
  for (const [attribute, definition] of Object.entries(attributes)) {
    if (definition.type !== 'component' || !definition.component || attribute === 'scoringScheme') continue;
    const info = strapi.components[definition.component as never].info as { displayName: string; description?: string };
    put(attribute, { label: info.displayName, description: info.description ?? '' });
  }
  for (const [path, label] of Object.entries(SETTING_LABELS)) put(dataPath(path), fieldText(label));
  for (const key of THRESHOLD_KEYS) {
    put(`thresholds.${key}`, fieldText(thresholdLabel(key), [key, `单位 ${thresholdUnit(key)}`]));
  }
  return texts;
}

/**
 * Names the fields of the settings single type in /admin's Content Manager with the rules' labels
 * (SETTING_LABELS, the threshold catalog), so the administrator edits 主导产业占集群总产值N%以上, not
 * leadingIndustryShareMin. Runs on every start after the Content Manager has synced its views:
 * labels edited by hand under "Configure the view" are replaced, the rules stay the one source.
 */
export async function labelSettingsInAdminPanel(): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as unknown as ConfigurationService;
  const components = contentManager.service('components') as unknown as ConfigurationService;
  const attributes = strapi.contentType(SETTINGS_UID as never).attributes as unknown as Attributes;
  const criterion = attributes.scoringScheme.component;
  const thresholds = attributes.thresholds.component;
  for (const [uid, fields] of settingsFieldTexts()) {
    const service = uid === SETTINGS_UID ? contentTypes : components;
    const configuration = await service.findConfiguration({ uid });
    const metadatas = configuration.metadatas ?? {};
    const labelled: Metadatas = { ...metadatas };
    for (const [field, text] of Object.entries(fields)) labelled[field] = { ...metadatas[field], edit: { ...metadatas[field]?.edit, ...text } };
    // A criterion in the repeatable list is shown by its Chinese name rather than its key; the
    // settings page is headed by its display name (系统设置) rather than its document id.
    const mainField = uid === criterion ? 'name' : uid === SETTINGS_UID ? 'id' : undefined;
    const settings = mainField ? { ...configuration.settings, mainField } : configuration.settings;
    // Threshold labels are sentences: two fields a row instead of three.
    const layouts =
      uid === thresholds && configuration.layouts ? { ...configuration.layouts, edit: inPairs(configuration.layouts.edit ?? []) } : configuration.layouts;
    await service.updateConfiguration({ uid }, { ...configuration, settings, metadatas: labelled, layouts });
  }
}
