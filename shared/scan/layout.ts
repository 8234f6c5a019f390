// The scan form's layout of a read Teammatrix: which sheet columns are which competency, grouped by area.

import type { Language } from '../i18n/language';
import { profileIndex } from '../matrix/columns';
import type { MatrixReading, Person } from '../matrix/reading';
import { TYPE_NAMES } from '../profiles/detail';
import type { ItemType, Profile } from '../profiles/model';

export type FieldKind = 'area' | 'areaType' | 'item';

/** One competency cell of a person's row that the form asks about. */
export interface ScanField {
  /** Stable key within the layout: the competency id (area id, CODE-T or item id). */
  readonly key: string;
  readonly kind: FieldKind;
  /** 0-based sheet column, as read. */
  readonly column: number;
  /** The column's header text: a save names its column by it (docs/design.md#9-reliability-and-privacy). */
  readonly header: string;
  /** Area index in profile order. */
  readonly area: number;
  readonly type?: ItemType;
  /** Item id (items) or CODE-T (K/V/A) or the area code. */
  readonly code: string;
  /** What the cell asks about: the item text, the K/V/A items, or the area's description. */
  readonly text: string;
}

export interface ScanTypeGroup {
  readonly type?: ItemType;
  readonly fields: readonly ScanField[];
}

export interface ScanArea {
  readonly area: number;
  readonly id: string;
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly scope: 'everyone' | 'network';
  /** Fields grouped by K/V/A in that order; fields without a type come first. */
  readonly groups: readonly ScanTypeGroup[];
  /** 0-based sheet column of the area's development wish, if the matrix has one. */
  readonly wishColumn?: number;
  readonly wishHeader?: string;
  /**
   * Mixed detail (docs/design.md#4-what-the-answers-mean): the area's own column when the matrix also has K/V/A or item columns for it. The
   * form asks the finer fields only and shows this quick value as a read-only hint; it counts only while none
   * of the finer fields has a level.
   */
  readonly quickColumn?: number;
}

export interface ScanLayout {
  readonly profile: Profile;
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based sheet columns. */
  readonly nameColumn: number;
  readonly nameHeader: string;
  readonly roleColumn?: number;
  readonly updatedColumn?: number;
  readonly updatedHeader?: string;
  /**
   * The second view's rater column ("Tweede blik door", docs/design.md#the-development-conversation): who gave
   * the row's view, written with the row. Only a second view's layout has one.
   */
  readonly rater?: { readonly column: number; readonly header: string };
  /** Areas that have at least one field or a wish column, in profile order. */
  readonly areas: readonly ScanArea[];
  /** Every field in form order (area, then type). */
  readonly fields: readonly ScanField[];
}

const TYPE_ORDER: readonly (ItemType | undefined)[] = [undefined, 'K', 'V', 'A'];

/** Builds the layout from a reading of a sheet read from A1 (after locateMatrix). */
export function scanLayout(reading: MatrixReading, sheet: string): ScanLayout {
  const { profile, origin } = reading;
  const toSheetColumn = (column: number) => origin.column - 1 + column;
  const items = profileIndex(profile).items;
  const fields: ScanField[] = [];
  const wishes = new Map<number, { column: number; header: string }>();
  let roleColumn: number | undefined;
  let updated: { column: number; header: string } | undefined;
  for (const column of reading.columns) {
    const target = column.target;
    if (!target || column.column === reading.nameColumn) continue;
    const at = toSheetColumn(column.column);
    const header = column.header;
    if (target.kind === 'role') roleColumn ??= at;
    else if (target.kind === 'updated') updated ??= { column: at, header };
    else if (target.kind === 'wish') wishes.set(target.area, { column: at, header });
    else if (target.kind === 'area') {
      const area = profile.areas[target.area]!;
      fields.push({
        key: area.id,
        kind: 'area',
        column: at,
        header,
        area: target.area,
        code: area.code,
        text: area.description || area.name,
      });
    } else if (target.kind === 'areaType') {
      const area = profile.areas[target.area]!;
      const texts = area.items.filter((item) => item.type === target.type).map((item) => item.text);
      fields.push({
        key: `${area.code}-${target.type}`,
        kind: 'areaType',
        column: at,
        header,
        area: target.area,
        type: target.type,
        code: `${area.code}-${target.type}`,
        text: texts.join('\n'),
      });
    } else if (target.kind === 'item') {
      const item = items[target.item]!.item;
      fields.push({
        key: item.id,
        kind: 'item',
        column: at,
        header,
        area: target.area,
        ...(item.type ? { type: item.type } : {}),
        code: item.id,
        text: item.text,
      });
    }
  }
  const areas: ScanArea[] = [];
  const ordered: ScanField[] = [];
  profile.areas.forEach((area, index) => {
    const all = fields.filter((field) => field.area === index);
    const quick = all.some((field) => field.kind !== 'area') ? all.find((field) => field.kind === 'area') : undefined;
    const own = quick ? all.filter((field) => field !== quick) : all;
    const wish = wishes.get(index);
    if (own.length === 0 && wish === undefined) return;
    const groups = TYPE_ORDER.map((type) => ({ type, fields: own.filter((field) => field.type === type) }))
      .filter((group) => group.fields.length > 0)
      .map((group) => (group.type ? group : { fields: group.fields }));
    for (const group of groups) ordered.push(...group.fields);
    areas.push({
      area: index,
      id: area.id,
      role: area.role,
      name: area.name,
      description: area.description,
      scope: area.scope,
      groups,
      ...(wish !== undefined ? { wishColumn: wish.column, wishHeader: wish.header } : {}),
      ...(quick ? { quickColumn: quick.column } : {}),
    });
  });
  return {
    profile,
    sheet,
    headerRow: origin.row,
    nameColumn: toSheetColumn(reading.nameColumn),
    nameHeader: reading.columns.find((column) => column.column === reading.nameColumn)?.header ?? '',
    ...(roleColumn !== undefined ? { roleColumn } : {}),
    ...(updated !== undefined ? { updatedColumn: updated.column, updatedHeader: updated.header } : {}),
    areas,
    fields: ordered,
  };
}

/** The person on a 1-based sheet row, if that row holds one. */
export function personAtRow(reading: MatrixReading, sheetRow: number): Person | undefined {
  const gridRow = sheetRow - reading.origin.row;
  return reading.people.find((person) => person.gridRow === gridRow);
}

/** The person before or after the given one in sheet order (Vorige / Volgende). */
export function neighbour(reading: MatrixReading, person: Person, step: -1 | 1): Person | undefined {
  const index = reading.people.findIndex((candidate) => candidate.gridRow === person.gridRow);
  return index < 0 ? undefined : reading.people[index + step];
}

/** A K/V/A group's heading, e.g. "Kennis". */
export function typeName(type: ItemType, lang: Language): string {
  return TYPE_NAMES[type][lang];
}
