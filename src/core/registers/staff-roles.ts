/** Staff lookups for rules that depend on a person's post (报销 row/approval-threshold). */
import type { StaffMember } from "../settings-types";

const cache = new WeakMap<readonly StaffMember[], ReadonlyMap<string, string | null>>();

/** Name → 岗位 of `人员名单`, built once per staff list. The first row of a name wins (duplicates are a sheet error). */
export function rolesByName(staff: readonly StaffMember[]): ReadonlyMap<string, string | null> {
  let m = cache.get(staff);
  if (!m) {
    const built = new Map<string, string | null>();
    for (const s of staff) if (!built.has(s.name)) built.set(s.name, s.role);
    cache.set(staff, (m = built));
  }
  return m;
}
