import { columnObjectKey, tableKey } from './model.js';
import type { ObjectKey, StatementRef, Touch, TouchKind } from './model.js';
import type { ObjectKind, ReplaySink } from './sink.js';

/**
 * The history's sink: every statement's effect on each table, column and enum, as `Touch` records in
 * history order (what `rollback plan` and the fallback review read, and the replay cache keeps).
 * Objects the model does not hold are not asked for.
 */
export class TouchRecorder implements ReplaySink {
  readonly shapes = true;
  readonly everyObject = false;
  readonly touches = new Map<ObjectKey, Touch[]>();

  created(kind: ObjectKind, name: string, at: StatementRef, required: boolean): void {
    const touch: Touch = { kind: 'create', at };
    if (required) touch.madeRequired = true;
    this.add(keyOf(kind, name), touch);
  }

  renamed(kind: ObjectKind, from: string, to: string, at: StatementRef): void {
    this.add(keyOf(kind, from), { kind: 'rename-away', at, to });
    this.add(keyOf(kind, to), { kind: 'rename-to', at, from });
  }

  renamedColumn(table: string, from: string, to: string, at: StatementRef): void {
    this.add(columnObjectKey(table, from), { kind: 'rename-away', at, to });
    this.add(columnObjectKey(table, to), { kind: 'rename-to', at, from });
  }

  dropped(kind: ObjectKind, name: string, at: StatementRef): void {
    this.add(keyOf(kind, name), { kind: 'drop', at });
  }

  changed(
    kind: ObjectKind,
    name: string,
    change: TouchKind,
    at: StatementRef,
    from: string | undefined,
    to: string | undefined,
    madeRequired: boolean,
  ): void {
    const touch: Touch = { kind: change, at };
    if (from !== undefined) touch.from = from;
    if (to !== undefined) touch.to = to;
    if (madeRequired) touch.madeRequired = true;
    this.add(keyOf(kind, name), touch);
  }

  private add(key: ObjectKey, touch: Touch): void {
    const list = this.touches.get(key);
    if (list) list.push(touch);
    else this.touches.set(key, [touch]);
  }
}

/** model.ts's keys: `table:notes` (views too), `column:notes.author_email` (the name is table.column), `enum:status`. */
function keyOf(kind: ObjectKind, name: string): ObjectKey {
  if (kind === 'column') return `column:${name}`;
  if (kind === 'enum') return `enum:${name}`;
  return tableKey(name);
}
