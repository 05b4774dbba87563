import type { Core } from '@strapi/strapi';

type Row = Record<string, unknown>;
type Knex = Core.Strapi['db']['connection'];

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  morphColumn?: { idColumn: { name: string }; typeColumn: { name: string } };
  on?: Row;
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}
interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  morphBy?: string;
  joinTable?: JoinTable;
  joinColumn?: { name: string };
  owner?: boolean;
}
interface Meta {
  tableName: string;
  attributes: Record<string, Attribute>;
}

/** A link to a record named by its documentId, resolved to its row id when written. */
interface PendingLink {
  table: JoinTable;
  id: number;
  target: string;
  documentId: string;
}

/** SQLite binds at most 32,766 variables per statement and knex writes its rows as 500 compound SELECTs at most. */
const MAX_VARIABLES = 30_000;
const MAX_ROWS = 500;

const idOf = (value: unknown): number => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value;
  if (typeof id !== 'number') throw new Error(`expected a file id, got ${JSON.stringify(value)}`);
  return id;
};

/**
 * Writes records as `strapi.documents(uid).create({ data })` stores them — the same data in, the
 * same rows out: the record's row (its scalars through Strapi's own createMany, so defaults,
 * documentId and publishedAt are Strapi's), one row per component in its table, the `_cmps` rows
 * tying each component to its parent in order, `files_related_mph` rows for media and `_lnk` rows
 * for relations given by documentId — but gathered in memory and inserted in batches inside one
 * transaction, instead of ~370 statements per application. Ids are allocated here, so a
 * component's link row can be built before anything is inserted.
 *
 * Only what the benchmark's dataset holds is supported: components, media and to-one relations;
 * anything else throws rather than being stored differently from the document service.
 */
export class BulkWriter {
  private readonly records = new Map<string, Row[]>();
  private readonly links = new Map<string, Row[]>();
  private readonly pending: PendingLink[] = [];
  private readonly lastIds = new Map<string, number>();
  private readonly created = new Map<string, Map<string, number>>();
  /** Per link table and target, the last inverse order given (the document service appends each new link last). */
  private readonly lastOrder = new Map<string, number>();

  private constructor(private readonly strapi: Core.Strapi) {}

  /** A writer for records of `uids` (and their components); ids continue from what is stored. */
  static async open(strapi: Core.Strapi, uids: string[]): Promise<BulkWriter> {
    const writer = new BulkWriter(strapi);
    const seen = new Set<string>();
    const visit = (uid: string) => {
      if (seen.has(uid)) return;
      seen.add(uid);
      for (const attribute of Object.values(writer.meta(uid).attributes)) {
        if (attribute.relation && attribute.joinTable?.name.endsWith('_cmps') && attribute.target) visit(attribute.target);
      }
    };
    uids.forEach(visit);
    for (const uid of seen) {
      const { tableName } = writer.meta(uid);
      const row = (await strapi.db.connection(tableName).max('id as max').first()) as { max: number | string | null } | undefined;
      writer.lastIds.set(tableName, Number(row?.max ?? 0));
    }
    return writer;
  }

  private meta(uid: string): Meta {
    return this.strapi.db.metadata.get(uid) as unknown as Meta;
  }

  private link(table: string, row: Row): void {
    const rows = this.links.get(table);
    if (rows) rows.push(row);
    else this.links.set(table, [row]);
  }

  /** Queues one record (data as for the document service's create) and returns its id and documentId. */
  create(uid: string, data: Row): { id: number; documentId: string } {
    const documentId = (data.documentId as string | undefined) ?? this.defaultDocumentId(this.meta(uid));
    const row = this.insert(uid, { ...data, documentId });
    let ids = this.created.get(uid);
    if (!ids) this.created.set(uid, (ids = new Map()));
    ids.set(documentId, row.id as number);
    return { id: row.id as number, documentId };
  }

  private defaultDocumentId(meta: Meta): string {
    const make = (meta.attributes.documentId as { default?: unknown } | undefined)?.default;
    if (typeof make !== 'function') throw new Error(`${meta.tableName} has no documentId`);
    return make() as string;
  }

  /** The row of a record or component with its components, media and relations queued; returns the row. */
  private insert(uid: string, data: Row): Row {
    const meta = this.meta(uid);
    const id = (this.lastIds.get(meta.tableName) ?? 0) + 1;
    this.lastIds.set(meta.tableName, id);
    const row: Row = { id };
    for (const [name, value] of Object.entries(data)) {
      const attribute = meta.attributes[name];
      if (!attribute) continue;
      if (attribute.type !== 'relation') {
        row[name] = value;
        continue;
      }
      if (value == null) continue;
      const joinTable = attribute.joinTable;
      if (joinTable?.name.endsWith('_cmps')) {
        const components = Array.isArray(value) ? value : [value];
        components.forEach((component, index) => {
          const child = this.insert(attribute.target!, component as Row);
          this.link(joinTable.name, {
            [joinTable.joinColumn.name]: id,
            [joinTable.inverseJoinColumn.name]: child.id,
            ...joinTable.on,
            field: name,
            component_type: attribute.target,
            [joinTable.orderColumnName ?? 'order']: index + 1,
          });
        });
      } else if (attribute.relation === 'morphMany' && attribute.target === 'plugin::upload.file') {
        const files = this.meta(attribute.target).attributes[attribute.morphBy!].joinTable!;
        (Array.isArray(value) ? value : [value]).forEach((file, index) => {
          this.link(files.name, {
            [files.joinColumn.name]: idOf(file),
            [files.morphColumn!.idColumn.name]: id,
            [files.morphColumn!.typeColumn.name]: uid,
            field: name,
            order: index + 1,
          });
        });
      } else if (joinTable && (attribute.relation === 'manyToOne' || attribute.relation === 'oneToOne') && typeof value === 'string' && !joinTable.orderColumnName) {
        this.pending.push({ table: joinTable, id, target: attribute.target!, documentId: value });
      } else {
        throw new Error(`${uid}.${name}: a ${attribute.relation} relation is not written in bulk`);
      }
    }
    const rows = this.records.get(uid);
    if (rows) rows.push(row);
    else this.records.set(uid, [row]);
    return row;
  }

  /** Writes everything queued in one transaction: records first (link rows reference them), then links. */
  async flush(): Promise<void> {
    await this.strapi.db.transaction(async ({ trx }) => {
      for (const [uid, rows] of this.records) {
        for (let from = 0; from < rows.length; from += MAX_ROWS) {
          await this.strapi.db.query(uid as never).createMany({ data: rows.slice(from, from + MAX_ROWS) as never });
        }
      }
      await this.resolveLinks(trx as Knex);
      for (const [table, rows] of this.links) await insertRows(trx as Knex, table, rows);
      if (this.strapi.db.dialect.client === 'postgres') {
        // Ids were given, so the sequences did not move: the next record created by the app would collide.
        for (const uid of this.records.keys()) {
          const { tableName } = this.meta(uid);
          await (trx as Knex).raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [tableName, tableName]);
        }
      }
    });
    this.records.clear();
    this.links.clear();
    this.pending.length = 0;
  }

  /** Link rows for relations by documentId, with the inverse order the document service gives (after the target's last link). */
  private async resolveLinks(trx: Knex): Promise<void> {
    const byTarget = new Map<string, Set<string>>();
    for (const link of this.pending) {
      if (this.created.get(link.target)?.has(link.documentId)) continue;
      const set = byTarget.get(link.target) ?? new Set<string>();
      byTarget.set(link.target, set.add(link.documentId));
    }
    const ids = new Map<string, number>();
    for (const [target, documentIds] of byTarget) {
      const { tableName } = this.meta(target);
      for (const { id, document_id } of (await trx(tableName).select('id', 'document_id').whereIn('document_id', [...documentIds])) as Array<{ id: number; document_id: string }>) {
        ids.set(`${target} ${document_id}`, id);
      }
    }
    for (const link of this.pending) {
      const createdId = this.created.get(link.target)?.get(link.documentId);
      const targetId = createdId ?? ids.get(`${link.target} ${link.documentId}`);
      if (targetId == null) throw new Error(`${link.target} ${link.documentId} does not exist`);
      const { name, joinColumn, inverseJoinColumn, inverseOrderColumnName } = link.table;
      const row: Row = { [joinColumn.name]: link.id, [inverseJoinColumn.name]: targetId };
      if (inverseOrderColumnName) {
        const key = `${name} ${targetId}`;
        let last = this.lastOrder.get(key);
        // A record this writer created has no links but its own.
        if (last === undefined && createdId === undefined) {
          const stored = (await trx(name).max(`${inverseOrderColumnName} as max`).where(inverseJoinColumn.name, targetId).first()) as { max: number | null } | undefined;
          last = Number(stored?.max ?? 0);
        }
        row[inverseOrderColumnName] = (last ?? 0) + 1;
        this.lastOrder.set(key, (last ?? 0) + 1);
      }
      this.link(name, row);
    }
  }
}

async function insertRows(trx: Knex, table: string, rows: Row[]): Promise<void> {
  const columns = new Set(rows.flatMap((row) => Object.keys(row))).size;
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VARIABLES / columns)));
  for (let from = 0; from < rows.length; from += size) await trx(table).insert(rows.slice(from, from + size));
}
