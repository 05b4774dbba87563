import { RECORD_LABELS, formComponentLabels, formSectionLabels } from '@sme-cluster/rules';
import { SETTINGS_UID } from '../settings/store';

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, Metadata>;
  layouts?: { edit?: Array<Array<{ name: string; size: number }>>; list?: string[] };
}
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}
type Attributes = Record<string, { type: string; target?: string }>;

const REGION = 'api::region.region';
/** users-permissions' accounts: the province edits an expert's ties there. */
const USER = 'plugin::users-permissions.user';
/** Strapi's own keys of every record, as list columns. */
const RECORD_KEYS = { id: '编号', documentId: '文档编号' };

/** A model's field labels: the record labels of rules, and the form's for its components and its sections (an application's, an annual report's). */
function labelsOf(uid: string, singularName?: string): Record<string, string> | undefined {
  const record = RECORD_LABELS[(singularName ?? uid) as keyof typeof RECORD_LABELS] as { fields: Record<string, string> } | undefined;
  if (singularName) return record && { ...formSectionLabels, ...record.fields };
  return record?.fields ?? formComponentLabels.get(uid);
}

/**
 * Names every field of the domain's content types, components and staff accounts in /admin's Content Manager in
 * Chinese, from the labels the console and the form use (rules/src/record-labels.ts, the form's
 * description), in the edit view and as list columns. A related region shows by its name; the
 * stored rule report and event details (JSON the workflow writes, with English keys) are not shown
 * in the edit view. Runs on every start after the Content Manager has synced its views: a label
 * changed by hand under "Configure the view" is replaced, rules stay the one source. The settings
 * single type is labelled by settings/admin-panel.ts.
 */
export async function labelContentManager(): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const models: Array<{ uid: string; attributes: Attributes; labels: Record<string, string>; service: ConfigurationService }> = [];
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    const labels = (uid.startsWith('api::') || uid === USER) && uid !== SETTINGS_UID ? labelsOf(uid, contentType.info.singularName) : undefined;
    if (labels) models.push({ uid, attributes: contentType.attributes as Attributes, labels, service: contentManager.service('content-types') as never });
  }
  for (const [uid, component] of Object.entries(strapi.components)) {
    const labels = labelsOf(uid);
    if (labels) models.push({ uid, attributes: component.attributes as Attributes, labels, service: contentManager.service('components') as never });
  }
  for (const { uid, attributes, labels, service } of models) {
    const missing = Object.keys(attributes).filter(
      (name) => !labels[name] && !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name),
    );
    if (missing.length) throw new Error(`admin panel: no Chinese label for ${uid} ${missing.join(', ')}`);
    const configuration = await service.findConfiguration({ uid });
    const metadatas = { ...configuration.metadatas };
    for (const [field, label] of Object.entries(labels)) {
      if (!metadatas[field]) continue;
      const attribute = attributes[field];
      const edit: Record<string, unknown> = { ...metadatas[field].edit, label };
      if (attribute?.type === 'json') edit.visible = false;
      if (attribute?.type === 'relation' && attribute.target === REGION) edit.mainField = 'name';
      metadatas[field] = { ...metadatas[field], edit, list: { ...metadatas[field].list, label } };
    }
    for (const [field, label] of Object.entries(RECORD_KEYS))
      if (metadatas[field]) metadatas[field] = { ...metadatas[field], list: { ...metadatas[field].list, label } };
    const hidden = (name: string) => attributes[name]?.type === 'json';
    const edit = configuration.layouts?.edit?.map((row) => row.filter((field) => !hidden(field.name))).filter((row) => row.length);
    const layouts = configuration.layouts && { ...configuration.layouts, edit };
    // An entry is headed by its name (集群名称) rather than its id.
    const mainField = ['clusterName', 'name', 'title'].find((name) => attributes[name]?.type === 'string');
    const settings = mainField ? { ...configuration.settings, mainField } : configuration.settings;
    await service.updateConfiguration({ uid }, { ...configuration, settings, metadatas, layouts });
  }
}
