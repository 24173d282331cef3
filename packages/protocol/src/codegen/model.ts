/**
 * Reads Kafka's JSON message definitions into a resolved model: version ranges clipped to the
 * message's valid versions, struct types resolved (inline or from `commonStructs`) and named
 * the way our generated TypeScript names them, defaults parsed by Kafka's rules.
 *
 * The generator (generate.ts) and the round-trip test both work from this model, so the
 * rules for "which fields exist in version N", nullability and defaults live in one place.
 *
 * Version ranges are inclusive `[lo, hi]` pairs; open-ended ranges ("3+") end at 32767 until
 * they are clipped. `null` is the empty set ("none").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Range {
  readonly lo: number;
  readonly hi: number;
}

export const MAX_VERSION = 0x7fff;

export type PrimitiveName =
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint16'
  | 'float64'
  | 'bool'
  | 'string'
  | 'bytes'
  | 'records'
  | 'uuid';

const PRIMITIVES = new Set<string>([
  'int8',
  'int16',
  'int32',
  'int64',
  'uint16',
  'float64',
  'bool',
  'string',
  'bytes',
  'records',
  'uuid',
]);

export type FieldType =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'array'; readonly element: FieldType }
  | { readonly kind: 'struct'; readonly struct: StructDef };

/** A parsed default: what a field holds when it is absent from a version or not set. */
export type DefaultValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'null' }
  | { readonly kind: 'emptyArray' }
  | { readonly kind: 'emptyBytes' }
  | { readonly kind: 'struct' };

export interface FieldDef {
  /** The JSON name (`TopicId`). */
  readonly jsonName: string;
  /** The TypeScript property (`topicId`). */
  readonly prop: string;
  readonly type: FieldType;
  /** Versions in which the field exists, clipped to where its struct can appear. */
  readonly versions: Range;
  /** Versions in which null is allowed (null: never). */
  readonly nullable: Range | null;
  /** Versions in which the field travels in the tagged section (null: never). */
  readonly tagged: Range | null;
  readonly tag: number | null;
  /**
   * Versions with compact encodings for this field. Equal to the message's flexible versions
   * unless the field overrides them (RequestHeader.ClientId stays a classic string).
   */
  readonly flexible: Range | null;
  readonly defaultValue: DefaultValue;
  /** True when the field exists in every version in which its struct can appear and is never tagged. */
  readonly required: boolean;
  /** True when the value may be null in some version (the TypeScript type includes null). */
  readonly everNullable: boolean;
}

export interface StructDef {
  /** The name in the JSON (`PartitionData`). */
  readonly jsonName: string;
  /** The exported TypeScript name (`FetchResponsePartitionData`). */
  readonly tsName: string;
  /** Hull of the versions in which the struct can appear. */
  context: Range;
  fields: FieldDef[];
}

export type MessageKind = 'request' | 'response' | 'header' | 'data';

export interface MessageDef {
  readonly name: string;
  readonly kind: MessageKind;
  readonly apiKey: number | null;
  /** Source file name, e.g. `MetadataRequest.json`. */
  readonly file: string;
  /** `messages` or `internal`. */
  readonly group: 'messages' | 'internal';
  readonly valid: Range;
  readonly flexible: Range | null;
  readonly latestVersionUnstable: boolean;
  /** Which listener types serve the API (`broker`, `controller`, `zkBroker`); empty for non-APIs. */
  readonly listeners: readonly string[];
  /** The message itself as a struct (its top-level fields). */
  readonly root: StructDef;
  /** Every struct of the message, root first, then in order of first use. */
  readonly structs: StructDef[];
}

// ---------------------------------------------------------------------------------------
// JSON with comments

/** Removes `//` and `/* *\/` comments outside string literals. */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Version ranges

export function parseVersions(spec: string | undefined): Range | null | undefined {
  if (spec === undefined) return undefined;
  const s = spec.trim();
  if (s === 'none' || s === '') return null;
  let m = /^(\d+)\+$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: MAX_VERSION };
  m = /^(\d+)-(\d+)$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: Number(m[2]) };
  m = /^(\d+)$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: Number(m[1]) };
  throw new Error(`bad version range "${spec}"`);
}

export function intersect(a: Range | null, b: Range | null): Range | null {
  if (a === null || b === null) return null;
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

export function contains(r: Range | null, v: number): boolean {
  return r !== null && v >= r.lo && v <= r.hi;
}

/** True when `outer` includes every version of `inner`. */
export function covers(outer: Range | null, inner: Range): boolean {
  return outer !== null && outer.lo <= inner.lo && outer.hi >= inner.hi;
}

export function hull(a: Range | null, b: Range | null): Range | null {
  if (a === null) return b;
  if (b === null) return a;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

export function formatRange(r: Range, clipHi: number): string {
  if (r.lo === r.hi) return `v${r.lo}`;
  if (r.hi >= clipHi) return `v${r.lo}+`;
  return `v${r.lo}-v${r.hi}`;
}

// ---------------------------------------------------------------------------------------
// Names

/** `TopicId` -> `topicId`, `offset` -> `offset`, `KRaftVersion` -> `kRaftVersion`. */
export function camelCase(jsonName: string): string {
  return jsonName.charAt(0).toLowerCase() + jsonName.slice(1);
}

/** `MetadataRequest` -> `metadata-request`, `KRaftVersionRecord` -> `kraft-version-record`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/^k-raft/, 'kraft');
}

// ---------------------------------------------------------------------------------------
// Loading

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  flexibleVersions?: string;
  default?: string | number | boolean;
  fields?: RawField[];
}

interface RawStruct {
  name: string;
  versions?: string;
  fields: RawField[];
}

interface RawMessage {
  name: string;
  type: string;
  apiKey?: number;
  validVersions: string;
  flexibleVersions?: string;
  latestVersionUnstable?: boolean;
  listeners?: string[];
  fields: RawField[];
  commonStructs?: RawStruct[];
}

export function readMessageFile(path: string): RawMessage {
  return JSON.parse(stripJsonComments(readFileSync(path, 'utf8'))) as RawMessage;
}

/** Loads every `*.json` in `dir`, sorted by file name, as `group`. */
export function loadDirectory(dir: string, group: 'messages' | 'internal'): MessageDef[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((f) => buildMessage(readMessageFile(join(dir, f)), f, group));
}

function buildMessage(raw: RawMessage, file: string, group: 'messages' | 'internal'): MessageDef {
  const kind = raw.type as MessageKind;
  if (!['request', 'response', 'header', 'data'].includes(kind)) {
    throw new Error(`${file}: unknown message type ${raw.type}`);
  }
  const valid = parseVersions(raw.validVersions);
  if (!valid) throw new Error(`${file}: no valid versions`);
  const flexible = intersect(parseVersions(raw.flexibleVersions ?? 'none') ?? null, valid);

  const common = new Map<string, RawStruct>();
  for (const s of raw.commonStructs ?? []) common.set(s.name, s);

  const root: StructDef = { jsonName: raw.name, tsName: raw.name, context: valid, fields: [] };
  const structs: StructDef[] = [root];
  const byName = new Map<string, StructDef>();
  const pending: { struct: StructDef; rawFields: RawField[] }[] = [];

  const structName = (jsonName: string): string =>
    jsonName.startsWith(raw.name) ? jsonName : raw.name + jsonName;

  // Resolves the struct named `typeName` (declared inline by `field`, or common), widening its
  // context to include `context`.
  const structFor = (typeName: string, field: RawField, context: Range): StructDef => {
    let def = byName.get(typeName);
    const inline = field.fields;
    if (def && inline && inline.length > 0 && !common.has(typeName)) {
      throw new Error(`${file}: struct ${typeName} declared twice`);
    }
    if (!def) {
      let rawFields: RawField[];
      if (inline && inline.length > 0) rawFields = inline;
      else {
        const c = common.get(typeName);
        if (!c) throw new Error(`${file}: unknown type ${typeName} for field ${field.name}`);
        rawFields = c.fields;
      }
      def = { jsonName: typeName, tsName: structName(typeName), context, fields: [] };
      byName.set(typeName, def);
      structs.push(def);
      pending.push({ struct: def, rawFields });
    } else {
      def.context = hull(def.context, context)!;
    }
    return def;
  };

  // Contexts can widen while walking (a common struct used in two places), so the walk is
  // repeated until nothing changes; fields are then built against the final contexts.
  const walk = (rawFields: RawField[], context: Range): void => {
    for (const f of rawFields) {
      const versions = fieldVersions(f, file);
      const present = intersect(versions, context);
      if (!present) continue;
      const t = f.type.startsWith('[]') ? f.type.slice(2) : f.type;
      if (!PRIMITIVES.has(t)) {
        const s = structFor(t, f, present);
        walkOnce(s, f.fields && f.fields.length > 0 ? f.fields : (common.get(t)?.fields ?? []));
      }
    }
  };
  const visiting = new Map<StructDef, string>();
  const walkOnce = (s: StructDef, rawFields: RawField[]): void => {
    const key = `${s.context.lo}-${s.context.hi}`;
    if (visiting.get(s) === key) return;
    visiting.set(s, key);
    walk(rawFields, s.context);
  };
  walk(raw.fields, valid);

  root.fields = buildFields(raw.fields, root.context, flexible, file, byName, common);
  for (const p of pending) {
    p.struct.fields = buildFields(p.rawFields, p.struct.context, flexible, file, byName, common);
  }

  return {
    name: raw.name,
    kind,
    apiKey: raw.apiKey ?? null,
    file,
    group,
    valid,
    flexible,
    latestVersionUnstable: raw.latestVersionUnstable === true,
    listeners: [...(raw.listeners ?? [])].sort(),
    root,
    structs,
  };
}

function fieldVersions(f: RawField, file: string): Range | null {
  // Kafka lets a tagged field omit `versions`; it then exists exactly in its tagged versions.
  const tagged = parseVersions(f.taggedVersions);
  const v = parseVersions(f.versions);
  if (v !== undefined) return v;
  if (tagged) return tagged;
  throw new Error(`${file}: field ${f.name} has no versions`);
}

function buildFields(
  rawFields: RawField[],
  context: Range,
  messageFlexible: Range | null,
  file: string,
  byName: Map<string, StructDef>,
  common: Map<string, RawStruct>,
): FieldDef[] {
  const out: FieldDef[] = [];
  const seen = new Set<string>();
  for (const f of rawFields) {
    const versions = intersect(fieldVersions(f, file), context);
    if (!versions) continue; // never on the wire in a valid version
    const prop = camelCase(f.name);
    if (seen.has(prop)) throw new Error(`${file}: duplicate field ${f.name}`);
    seen.add(prop);
    const type = parseType(f.type, byName, common, file);
    const nullable = intersect(parseVersions(f.nullableVersions ?? 'none') ?? null, versions);
    const tagged = intersect(parseVersions(f.taggedVersions ?? 'none') ?? null, versions);
    if (tagged && f.tag === undefined) throw new Error(`${file}: ${f.name} is tagged without a tag`);
    const override = parseVersions(f.flexibleVersions);
    const flexible = override === undefined ? messageFlexible : intersect(override, messageFlexible);
    const everNullable = nullable !== null || (type.kind === 'primitive' && type.name === 'records');
    const defaultValue = parseDefault(f, type, nullable !== null, file);
    out.push({
      jsonName: f.name,
      prop,
      type,
      versions,
      nullable,
      tagged,
      tag: tagged ? f.tag! : null,
      flexible,
      defaultValue,
      required: tagged === null && covers(versions, context),
      everNullable,
    });
  }
  const tags = out.filter((f) => f.tag !== null).map((f) => f.tag!);
  if (new Set(tags).size !== tags.length) throw new Error(`${file}: duplicate tags`);
  return out;
}

function parseType(
  t: string,
  byName: Map<string, StructDef>,
  common: Map<string, RawStruct>,
  file: string,
): FieldType {
  if (t.startsWith('[]')) return { kind: 'array', element: parseType(t.slice(2), byName, common, file) };
  if (PRIMITIVES.has(t)) return { kind: 'primitive', name: t as PrimitiveName };
  const s = byName.get(t);
  if (!s) throw new Error(`${file}: unresolved struct ${t}`);
  return { kind: 'struct', struct: s };
}

function parseDefault(f: RawField, type: FieldType, nullable: boolean, file: string): DefaultValue {
  const raw = f.default;
  const isNull = raw === 'null';
  if (isNull && !nullable) {
    throw new Error(`${file}: ${f.name} defaults to null but is never nullable`);
  }
  if (type.kind === 'array') return isNull ? { kind: 'null' } : { kind: 'emptyArray' };
  if (type.kind === 'struct') return isNull ? { kind: 'null' } : { kind: 'struct' };
  switch (type.name) {
    case 'bool':
      if (raw === undefined || raw === '' || raw === false || raw === 'false') return { kind: 'bool', value: false };
      if (raw === true || raw === 'true') return { kind: 'bool', value: true };
      throw new Error(`${file}: bad bool default for ${f.name}`);
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
    case 'uint16':
    case 'float64': {
      if (raw === undefined || raw === '') return { kind: 'number', value: 0 };
      const s = String(raw);
      const value = /^-?0x/i.test(s)
        ? (s.startsWith('-') ? -1 : 1) * parseInt(s.replace(/^-?0x/i, ''), 16)
        : Number(s);
      if (!Number.isFinite(value)) throw new Error(`${file}: bad numeric default for ${f.name}`);
      return { kind: 'number', value };
    }
    case 'string':
      if (isNull) return { kind: 'null' };
      return { kind: 'string', value: raw === undefined ? '' : String(raw) };
    case 'uuid':
      return { kind: 'string', value: raw === undefined || raw === '' ? ZERO_UUID : String(raw) };
    case 'bytes':
      if (isNull) return { kind: 'null' };
      return { kind: 'emptyBytes' };
    case 'records':
      // Kafka's default for a record set is null whatever its nullability.
      return { kind: 'null' };
  }
}

/** The all-zero UUID in Kafka's printed form. */
export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** The API name of a request/response (`MetadataRequest` -> `Metadata`). */
export function apiName(m: MessageDef): string {
  if (m.kind === 'request') return m.name.replace(/Request$/, '');
  if (m.kind === 'response') return m.name.replace(/Response$/, '');
  return m.name;
}
