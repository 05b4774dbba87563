// Every staff user has a name and a unit, and belongs to one region (a prefecture for city reviewers, a county for
// county declarants); row-level scoping reads it. Province admins and experts have none.
export default (plugin: { contentTypes: Record<string, { schema: { attributes: Record<string, unknown> } }> }) => {
  plugin.contentTypes.user.schema.attributes.region = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'api::region.region',
  };
  // Officials know one another by name and unit (姓名、单位), not by login.
  plugin.contentTypes.user.schema.attributes.fullName = { type: 'string', maxLength: 40 };
  plugin.contentTypes.user.schema.attributes.unit = { type: 'string', maxLength: 120 };
  return plugin;
};
