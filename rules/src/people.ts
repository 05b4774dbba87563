/** What an account says of the person behind it. */
export interface Person {
  username?: string | null;
  /** 姓名 */
  fullName?: string | null;
  /** 单位 */
  unit?: string | null;
}

/**
 * A person as officials name one another: 姓名（单位）, the name alone without a unit, and the login
 * only for an account nobody has named yet.
 */
export function personName(person: Person | null | undefined): string | null {
  if (!person) return null;
  const name = person.fullName?.trim();
  const unit = person.unit?.trim();
  if (name) return unit ? `${name}（${unit}）` : name;
  return person.username ?? null;
}
