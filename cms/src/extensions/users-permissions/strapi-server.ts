// Every staff user belongs to one region (a prefecture for city reviewers, a county for
// county declarants); row-level scoping reads it. Province admins and experts have none.
export default (plugin: { contentTypes: Record<string, { schema: { attributes: Record<string, unknown> } }> }) => {
  plugin.contentTypes.user.schema.attributes.region = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'api::region.region',
  };
  return plugin;
};
