// Every staff user has a name and a unit, and belongs to one region (a prefecture for city reviewers, a county for
// county declarants); row-level scoping reads it. Province admins and experts have none.
// An expert carries its ties instead (its unit, counties or prefectures, other organizations): an
// application it is tied to is never offered to it (rules/src/expert-conflicts.ts).
export default (plugin: { contentTypes: Record<string, { schema: { attributes: Record<string, unknown> } }> }) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    region: { type: 'relation', relation: 'manyToOne', target: 'api::region.region' },
    // Officials know one another by name and unit (姓名、单位), not by login.
    fullName: { type: 'string', maxLength: 40 },
    unit: { type: 'string', maxLength: 120 },
    expertRegions: { type: 'relation', relation: 'manyToMany', target: 'api::region.region' },
    expertOrganizations: { type: 'text' },
  });
  return plugin;
};
