// Learning pairs of docs/design.md#4b-insights-beyond-coverage: each learner gets the best available mentor, taken from a heap per area.

import { NOT_APPLICABLE } from '../levels/levels';
import { mentorLevel } from './insights';
import type { AnalysisInput, AreaResult, LearningPair } from './types';

/**
 * The available mentors of one area as a binary heap of rows, best on top: highest level, then fewest pairs
 * so far, then row order. Picking a mentor is O(log mentors), so a large team with many wishes stays linear
 * in practice instead of learners × mentors.
 */
class MentorHeap {
  private readonly rows: number[] = [];

  constructor(
    private readonly levels: Float64Array,
    private readonly load: Int32Array,
  ) {}

  get size(): number {
    return this.rows.length;
  }

  private before(a: number, b: number): boolean {
    const { levels, load } = this;
    if (levels[a] !== levels[b]) return levels[a]! > levels[b]!;
    if (load[a] !== load[b]) return load[a]! < load[b]!;
    return a < b;
  }

  push(row: number): void {
    const rows = this.rows;
    let at = rows.length;
    rows.push(row);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(row, rows[parent]!)) break;
      rows[at] = rows[parent]!;
      at = parent;
    }
    rows[at] = row;
  }

  pop(): number {
    const rows = this.rows;
    const top = rows[0]!;
    const last = rows.pop()!;
    if (rows.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= rows.length) break;
      const right = left + 1;
      const child = right < rows.length && this.before(rows[right]!, rows[left]!) ? right : left;
      if (!this.before(rows[child]!, last)) break;
      rows[at] = rows[child]!;
      at = child;
    }
    rows[at] = last;
    return top;
  }
}

/**
 * Learning pairs: per network area (profile order), each learner (row order: a development wish, not covering
 * it, not n.v.t.) gets the available mentor with the highest level, ties to the one with fewest pairs so far,
 * then row order; a mentor takes at most `limit` learners in total. No mentor available: mentor null.
 */
export function learningPairs(input: AnalysisInput, areas: readonly AreaResult[], limit: number): LearningPair[] {
  const people = input.people;
  const pairs: LearningPair[] = [];
  const load = new Int32Array(people.length);
  const levels = new Float64Array(people.length);
  for (const area of areas) {
    if (area.scope !== 'network') continue;
    const a = area.index;
    const learners: number[] = [];
    for (let row = 0; row < people.length; row++) {
      const person = people[row]!;
      if (!person.wishes[a]) continue;
      const level = person.areaLevels[a]!;
      if (level !== NOT_APPLICABLE && !(level >= area.threshold)) learners.push(row);
    }
    if (learners.length === 0) continue;
    const needed = mentorLevel(area.threshold);
    const mentors = new MentorHeap(levels, load);
    for (let row = 0; row < people.length; row++) {
      levels[row] = people[row]!.areaLevels[a]!;
      if (levels[row]! >= needed && load[row]! < limit) mentors.push(row);
    }
    for (const learner of learners) {
      const mentor = mentors.size > 0 ? mentors.pop() : -1;
      if (mentor >= 0) {
        load[mentor]! += 1;
        // Its key only grew (one more pair), so it goes back in at its new place while it has room.
        if (load[mentor]! < limit) mentors.push(mentor);
      }
      pairs.push({ area: area.id, learner: people[learner]!.name, mentor: mentor >= 0 ? people[mentor]!.name : null });
    }
  }
  return pairs;
}
