/** The link table Strapi keeps for a relation attribute (its name and the two id columns). */
export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/**
 * For the few hot paths that read or write a relation's link rows in one statement (a principal's
 * region, a sweep's notices) instead of through Strapi's per-row relation handling.
 */
export function joinTableOf(uid: string, attribute: string): JoinTable {
  return (strapi.db.metadata.get(uid).attributes[attribute] as unknown as { joinTable: JoinTable }).joinTable;
}
