/** The 期限 page draws its first screen first: groups cut to the first items in display order, the rest counted. */
import { limitGroups } from "../../../../src/taskpane/pages/deadlines/view-model";
import type { DeadlineGroup } from "../../../../src/core/deadlines";

const group = (name: string, n: number) =>
  ({
    name,
    items: Array.from({ length: n }, (_, i) => ({ id: `${name}${i}` })),
    overdue: 0,
  }) as unknown as DeadlineGroup;

describe("limitGroups", () => {
  it("keeps whole groups while they fit, cuts the one that does not, drops the rest and counts what it left out", () => {
    const { groups, hidden } = limitGroups([group("黄磊", 3), group("王芳", 5), group("李娜", 4)], 6);
    expect(groups.map((g) => [g.name, g.items.length])).toEqual([
      ["黄磊", 3],
      ["王芳", 3],
    ]);
    expect(hidden).toBe(2 + 4);
  });

  it("leaves everything when the limit is not reached", () => {
    const all = [group("黄磊", 2)];
    expect(limitGroups(all, 40)).toEqual({ groups: all, hidden: 0 });
  });
});
