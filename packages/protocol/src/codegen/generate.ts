/**
 * Turns the model (model.ts) into TypeScript source: one file per message with its
 * interfaces, a codec object and straight-line encode/decode functions, plus an index.
 *
 * Shape of the output for a struct S with context C (the versions in which S can appear):
 *   - `encodeS(w, m, v)` writes the fields of version v in order; version checks are emitted
 *     only where a field's versions do not cover what is already known about v.
 *   - `decodeS(r, v)` builds the object in one literal (so every decoded S has the same
 *     hidden class), reading present fields and filling absent ones with their defaults, then
 *     reads the tagged section (flexible versions) and assigns known tags.
 *   - arrays get one helper pair per field (`encodeS_prop`/`decodeS_prop`) so the element
 *     loop is monomorphic and no closure is created per call.
 *
 * The output is a pure function of the definitions, so regenerating is deterministic and the
 * drift test can compare it byte for byte with the committed files.
 */
import { describe as describeMessage } from './descriptions.js';
import {
  apiName,
  covers,
  formatRange,
  intersect,
  kebabCase,
  type DefaultValue,
  type FieldDef,
  type FieldType,
  type MessageDef,
  type Range,
  type StructDef,
} from './model.js';

// ---------------------------------------------------------------------------------------
// Version conditions

type Cond = boolean | string;

/** The condition "v is in `set`", given that v is already known to be in `known`. */
function rangeCond(set: Range | null, known: Range): Cond {
  const s = intersect(set, known);
  if (!s) return false;
  if (s.lo <= known.lo && s.hi >= known.hi) return true;
  if (s.lo === s.hi) return `v === ${s.lo}`;
  const parts: string[] = [];
  if (s.lo > known.lo) parts.push(`v >= ${s.lo}`);
  if (s.hi < known.hi) parts.push(`v <= ${s.hi}`);
  return parts.join(' && ');
}

/** `known` minus `set` when that is still one range; otherwise `known` (a safe superset). */
function remainder(known: Range, set: Range | null): Range {
  const s = intersect(set, known);
  if (!s) return known;
  if (s.lo <= known.lo) return { lo: s.hi + 1, hi: known.hi };
  if (s.hi >= known.hi) return { lo: known.lo, hi: s.lo - 1 };
  return known;
}

function negate(c: string): string {
  const m = /^v (>=|<=|===) (\d+)$/.exec(c);
  if (m) {
    const n = Number(m[2]);
    if (m[1] === '>=') return `v < ${n}`;
    if (m[1] === '<=') return `v > ${n}`;
    return `v !== ${n}`;
  }
  return `!(${c})`;
}

/** An expression choosing between two sub-expressions by version. */
function branchExpr(set: Range | null, known: Range, yes: (k: Range) => string, no: (k: Range) => string): string {
  const c = rangeCond(set, known);
  if (c === true) return yes(known);
  if (c === false) return no(known);
  const a = yes(intersect(set, known)!);
  const b = no(remainder(known, set));
  return `${c} ? ${a.includes('?') ? `(${a})` : a} : ${b.includes('?') ? `(${b})` : b}`;
}

/** Statements choosing between two blocks by version. */
function branchStmts(
  set: Range | null,
  known: Range,
  yes: (k: Range) => string[],
  no: (k: Range) => string[],
): string[] {
  const c = rangeCond(set, known);
  if (c === true) return yes(known);
  if (c === false) return no(known);
  const a = yes(intersect(set, known)!);
  const b = no(remainder(known, set));
  if (a.length === 0 && b.length === 0) return [];
  if (a.length === 0) return ifBlock(negate(c), b);
  if (b.length === 0) return ifBlock(c, a);
  const out = [`if (${c}) {`, ...indent(a)];
  if (b.length > 0) out.push('} else {', ...indent(b));
  out.push('}');
  return out;
}

/** `if (c) stmt;` on one line when the body is one short statement, else a block. */
function ifBlock(c: string, body: string[]): string[] {
  if (body.length === 1 && !body[0]!.startsWith('if ') && !body[0]!.startsWith('for ') && c.length + body[0]!.length < 90) {
    return [`if (${c}) ${body[0]}`];
  }
  return [`if (${c}) {`, ...indent(body), '}'];
}

function indent(lines: string[], by = '  '): string[] {
  return lines.map((l) => (l === '' ? l : by + l));
}

// ---------------------------------------------------------------------------------------
// Per-message emitter

const FIXED_SIZE: Partial<Record<string, number>> = {
  int8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  int64: 8,
  float64: 8,
  bool: 1,
  uuid: 16,
};

class MessageEmitter {
  /** Runtime helpers this file imports. */
  private readonly runtime = new Set<string>();
  private needsWriterValue = false;
  private readonly defaultFns = new Set<StructDef>();
  private readonly isDefaultFns = new Set<StructDef>();
  private readonly body: string[] = [];

  constructor(private readonly msg: MessageDef) {}

  emit(): string {
    const m = this.msg;
    for (const s of m.structs) this.emitStructCodec(s);
    // default and isDefault helpers can pull in further ones; emit until stable
    const emittedDefault = new Set<StructDef>();
    const emittedIsDefault = new Set<StructDef>();
    const helpers: string[] = [];
    for (let changed = true; changed; ) {
      changed = false;
      for (const s of m.structs) {
        if (this.defaultFns.has(s) && !emittedDefault.has(s)) {
          emittedDefault.add(s);
          helpers.push(...this.defaultFunction(s));
          changed = true;
        }
        if (this.isDefaultFns.has(s) && !emittedIsDefault.has(s)) {
          emittedIsDefault.add(s);
          helpers.push(...this.isDefaultFunction(s));
          changed = true;
        }
      }
    }

    const interfaces: string[] = [];
    for (const s of m.structs) interfaces.push(...this.interfaceFor(s), '');
    const codec = this.codecObject(m);
    const out: string[] = [];
    out.push(...fileHeader(m));
    out.push(...this.imports(m));
    out.push('');
    out.push(...interfaces);
    out.push(...codec, '');
    out.push(...this.body);
    if (helpers.length > 0) out.push(...helpers);
    while (out[out.length - 1] === '') out.pop();
    return out.join('\n') + '\n';
  }

  private imports(m: MessageDef): string[] {
    const rel = m.group === 'internal' ? '../..' : '..';
    const lines = [`import type { Reader } from '${rel}/primitives/reader.js';`];
    lines.push(
      this.needsWriterValue
        ? `import { Writer } from '${rel}/primitives/writer.js';`
        : `import type { Writer } from '${rel}/primitives/writer.js';`,
    );
    const rt = [...this.runtime].sort();
    const types = rt.filter((n) => n === 'Encodable');
    const values = rt.filter((n) => n !== 'Encodable');
    const names = [...values, ...types.map((t) => `type ${t}`)];
    if (names.length > 0) {
      const one = `import { ${names.join(', ')} } from '${rel}/codegen/runtime.js';`;
      if (one.length <= 100) lines.push(one);
      else lines.push('import {', ...names.map((n) => `  ${n},`), `} from '${rel}/codegen/runtime.js';`);
    }
    return lines;
  }

  // --- interfaces ---------------------------------------------------------------------

  private interfaceFor(s: StructDef): string[] {
    const lines: string[] = [];
    if (s !== this.msg.root) lines.push(`/** ${structDoc(this.msg, s)} */`);
    lines.push(`export interface ${s.tsName} {`);
    for (const f of s.fields) {
      const opt = f.required ? '' : '?';
      const note = fieldNote(f, s);
      lines.push(`  ${f.prop}${opt}: ${tsType(f)};${note ? ` // ${note}` : ''}`);
    }
    lines.push('}');
    return lines;
  }

  // --- codec object -------------------------------------------------------------------

  private codecObject(m: MessageDef): string[] {
    const name = m.name;
    const lo = m.valid.lo;
    const hi = m.valid.hi;
    const check = lo === 0 ? `version < 0 || version > ${hi}` : `version < ${lo} || version > ${hi}`;
    this.runtime.add('UnsupportedVersionError');
    const encodable = hasBytes(m.root, new Set());
    if (encodable) this.runtime.add('Encodable');
    const lines = [`export const ${name} = {`];
    if (m.apiKey !== null && (m.kind === 'request' || m.kind === 'response')) lines.push(`  apiKey: ${m.apiKey},`);
    lines.push(
      `  name: '${apiName(m)}',`,
      `  minVersion: ${lo},`,
      `  maxVersion: ${hi},`,
      `  flexibleFrom: ${m.flexible ? m.flexible.lo : 'null'},`,
    );
    if (encodable) {
      lines.push(
        `  /** Writes the message in \`version\`; bytes fields accept any Uint8Array. */`,
        `  encode(w: Writer, m: Encodable<${name}>, version: number): void {`,
        `    if (${check}) throw new UnsupportedVersionError('${name}', version, ${lo}, ${hi});`,
        `    encode${name}(w, m as ${name}, version);`,
        '  },',
      );
    } else {
      lines.push(
        `  encode(w: Writer, m: ${name}, version: number): void {`,
        `    if (${check}) throw new UnsupportedVersionError('${name}', version, ${lo}, ${hi});`,
        `    encode${name}(w, m, version);`,
        '  },',
      );
    }
    lines.push(
      `  decode(r: Reader, version: number): ${name} {`,
      `    if (${check}) throw new UnsupportedVersionError('${name}', version, ${lo}, ${hi});`,
      `    return decode${name}(r, version);`,
      '  },',
      '} as const;',
    );
    return lines;
  }

  // --- struct encode/decode -----------------------------------------------------------

  private emitStructCodec(s: StructDef): void {
    const C = s.context;
    const flex = this.msg.flexible;

    // encode
    const enc: string[] = [];
    for (const f of s.fields) {
      const regular = regularRange(f);
      enc.push(
        ...branchStmts(regular, C, (k) => this.writeField(s, f, k), () => []),
      );
    }
    enc.push(...branchStmts(flex, C, (k) => this.writeTaggedSection(s, k), () => []));
    const encParams = enc.some((l) => /\bm\b/.test(l)) ? 'm' : '_m';
    const usesV = enc.some((l) => /\bv\b/.test(l));
    this.body.push(
      `function encode${s.tsName}(w: Writer, ${encParams}: ${s.tsName}, ${usesV ? 'v' : '_v'}: number): void {`,
      ...indent(enc),
      '}',
      '',
    );

    // decode
    const dec: string[] = [];
    const props: string[] = [];
    for (const f of s.fields) {
      const regular = regularRange(f);
      const expr = branchExpr(
        regular,
        C,
        (k) => this.readValue(s, f, f.type, k, f.nullable),
        () => this.defaultExpr(f),
      );
      props.push(`${f.prop}: ${expr},`);
    }
    const tagLines = branchStmts(flex, C, (k) => this.readTaggedSection(s, k), () => []);
    if (tagLines.length > 0) {
      dec.push(`const m: ${s.tsName} = {`, ...indent(props), '};', ...tagLines, 'return m;');
    } else {
      dec.push('return {', ...indent(props), '};');
    }
    const decUsesV = dec.some((l) => /\bv\b/.test(l));
    const decUsesR = dec.some((l) => /\br\b/.test(l));
    this.body.push(
      `function decode${s.tsName}(${decUsesR ? 'r' : '_r'}: Reader, ${decUsesV ? 'v' : '_v'}: number): ${s.tsName} {`,
      ...indent(dec),
      '}',
      '',
    );

    // array helpers for this struct's array fields
    for (const f of s.fields) {
      if (f.type.kind === 'array') this.emitArrayHelpers(s, f);
    }
  }

  private where(s: StructDef, f: FieldDef): string {
    return `${s.tsName}.${f.prop}`;
  }

  /** Statements writing field `f` of `m`, in versions `k` (where it is a regular field). */
  private writeField(s: StructDef, f: FieldDef, k: Range): string[] {
    if (f.required) return this.writeValue(s, f, f.type, `m.${f.prop}`, k, 'w', f.nullable);
    const local = `_${f.prop}`;
    const dflt = this.defaultExpr(f);
    // `??` would also replace a deliberate null, so nullable fields test for undefined only
    // (unless the default is null anyway)
    const get =
      f.everNullable && dflt !== 'null' ? `m.${f.prop} === undefined ? ${dflt} : m.${f.prop}` : `m.${f.prop} ?? ${dflt}`;
    // a plain scalar can be written straight from the expression
    const simple = f.type.kind === 'primitive' && !f.everNullable && FIXED_SIZE[f.type.name] !== undefined;
    if (simple) return this.writeValue(s, f, f.type, get, k, 'w', f.nullable);
    return [`const ${local} = ${get};`, ...this.writeValue(s, f, f.type, local, k, 'w', f.nullable)];
  }

  /** Statements writing value `x` of type `t` (field `f`) with writer `w`, in versions `k`. */
  private writeValue(
    s: StructDef,
    f: FieldDef,
    t: FieldType,
    x: string,
    k: Range,
    w: string,
    nullable: Range | null,
  ): string[] {
    if (t.kind === 'array') return [`encode${s.tsName}_${f.prop}(${w}, ${x}, v);`];
    if (t.kind === 'struct') {
      const st = t.struct;
      if (!f.everNullable) return [`encode${st.tsName}(${w}, ${x}, v);`];
      return [
        `if (${x} === null) {`,
        ...indent(
          branchStmts(nullable, k, () => [`${w}.int8(-1);`], () => this.throwNull(s, f)),
        ),
        '} else {',
        ...indent([
          ...branchStmts(nullable, k, () => [`${w}.int8(1);`], () => []),
          `encode${st.tsName}(${w}, ${x}, v);`,
        ]),
        '}',
      ];
    }
    switch (t.name) {
      case 'int8':
      case 'int16':
      case 'int32':
      case 'int64':
      case 'uint16':
      case 'float64':
      case 'bool':
      case 'uuid':
        return [`${w}.${t.name}(${x});`];
      case 'string':
      case 'bytes':
      case 'records': {
        const compact = t.name === 'string' ? 'compactString' : 'compactBytes';
        const classic = t.name === 'string' ? 'string' : 'bytes';
        const out: string[] = [];
        if (f.everNullable) out.push(...this.nullGuard(s, f, x, k, nullable));
        out.push(...branchStmts(f.flexible, k, () => [`${w}.${compact}(${x});`], () => [`${w}.${classic}(${x});`]));
        return out;
      }
    }
  }

  private throwNull(s: StructDef, f: FieldDef): string[] {
    this.runtime.add('nullValueError');
    return [`throw nullValueError('${this.where(s, f)}', v);`];
  }

  private nullGuard(s: StructDef, f: FieldDef, x: string, k: Range, nullable: Range | null): string[] {
    const c = rangeCond(nullable, k);
    if (c === true) return [];
    this.runtime.add('nullValueError');
    const cond = c === false ? `${x} === null` : `${x} === null && ${negate(c)}`;
    return [`if (${cond}) throw nullValueError('${this.where(s, f)}', v);`];
  }

  /** An expression reading a value of type `t` (field `f`) in versions `k`. */
  private readValue(s: StructDef, f: FieldDef, t: FieldType, k: Range, nullable: Range | null): string {
    if (t.kind === 'array') return `decode${s.tsName}_${f.prop}(r, v)`;
    if (t.kind === 'struct') {
      const call = `decode${t.struct.tsName}(r, v)`;
      return branchExpr(nullable, k, () => `(r.int8() < 0 ? null : ${call})`, () => call);
    }
    switch (t.name) {
      case 'int8':
      case 'int16':
      case 'int32':
      case 'int64':
      case 'uint16':
      case 'float64':
      case 'bool':
      case 'uuid':
        return `r.${t.name}()`;
      case 'string':
        return branchExpr(
          f.flexible,
          k,
          (kk) => branchExpr(nullable, kk, () => 'r.compactNullableString()', () => 'r.compactString()'),
          (kk) => branchExpr(nullable, kk, () => 'r.nullableString()', () => 'r.string()'),
        );
      case 'bytes':
      case 'records':
        return branchExpr(
          f.flexible,
          k,
          (kk) => branchExpr(nullable, kk, () => 'r.compactNullableBytes()', () => 'r.compactBytes()'),
          (kk) => branchExpr(nullable, kk, () => 'r.nullableBytes()', () => 'r.bytes()'),
        );
    }
  }

  private emitArrayHelpers(s: StructDef, f: FieldDef): void {
    const t = f.type as Extract<FieldType, { kind: 'array' }>;
    const el = t.element;
    const elType = elementTsType(el);
    const k = f.versions;
    const arrType = f.everNullable ? `${elType}[] | null` : `${elType}[]`;
    const flex = f.flexible;

    // encode
    const enc: string[] = [];
    if (f.everNullable) {
      enc.push('if (a === null) {');
      enc.push(
        ...indent([
          ...branchStmts(f.nullable, k, () => [], () => this.throwNull(s, f)),
          ...branchStmts(flex, k, () => ['w.uvarint(0);'], () => ['w.int32(-1);']),
          'return;',
        ]),
      );
      enc.push('}');
    }
    const loop = (compact: boolean): string[] => {
      const head = compact ? 'w.uvarint(a.length + 1);' : 'w.int32(a.length);';
      let each: string;
      if (el.kind === 'struct') each = `encode${el.struct.tsName}(w, a[i]!, v);`;
      else if (el.kind === 'primitive') {
        each = this.writeElement(el.name, 'a[i]!', compact);
      } else throw new Error('nested arrays are not supported');
      return [head, 'for (let i = 0; i < a.length; i++) ' + each];
    };
    enc.push(...branchStmts(flex, k, () => loop(true), () => loop(false)));
    const encUsesV = enc.some((l) => /\bv\b/.test(l));
    this.body.push(
      `function encode${s.tsName}_${f.prop}(w: Writer, a: ${arrType}, ${encUsesV ? 'v' : '_v'}: number): void {`,
      ...indent(enc),
      '}',
      '',
    );

    // decode
    const dec: string[] = [];
    const lenExpr = branchExpr(
      flex,
      k,
      () => {
        this.runtime.add('compactArrayLength');
        return 'compactArrayLength(r)';
      },
      () => {
        this.runtime.add('arrayLength');
        return 'arrayLength(r)';
      },
    );
    dec.push(`const n = ${lenExpr};`);
    const nullCond = rangeCond(f.nullable, k);
    if (nullCond === true) dec.push('if (n < 0) return null;');
    else {
      this.runtime.add('nullArrayError');
      if (nullCond === false) dec.push(`if (n < 0) throw nullArrayError('${this.where(s, f)}');`);
      else dec.push(`if (n < 0) {`, `  if (${nullCond}) return null;`, `  throw nullArrayError('${this.where(s, f)}');`, '}');
    }
    dec.push(`const a = new Array<${elType}>(n);`);
    if (el.kind === 'struct') {
      dec.push(`for (let i = 0; i < n; i++) a[i] = decode${el.struct.tsName}(r, v);`);
    } else if (el.kind === 'primitive') {
      dec.push(
        ...branchStmts(
          flex,
          k,
          () => [`for (let i = 0; i < n; i++) a[i] = ${this.readElement(el.name, true)};`],
          () => [`for (let i = 0; i < n; i++) a[i] = ${this.readElement(el.name, false)};`],
        ),
      );
    }
    dec.push('return a;');
    const decUsesV = dec.some((l) => /\bv\b/.test(l));
    this.body.push(
      `function decode${s.tsName}_${f.prop}(r: Reader, ${decUsesV ? 'v' : '_v'}: number): ${arrType} {`,
      ...indent(dec),
      '}',
      '',
    );
  }

  private writeElement(name: string, x: string, compact: boolean): string {
    switch (name) {
      case 'string':
        return compact ? `w.compactString(${x});` : `w.string(${x});`;
      case 'bytes':
      case 'records':
        return compact ? `w.compactBytes(${x});` : `w.bytes(${x});`;
      default:
        return `w.${name}(${x});`;
    }
  }

  private readElement(name: string, compact: boolean): string {
    switch (name) {
      case 'string':
        return compact ? 'r.compactString()' : 'r.string()';
      case 'bytes':
      case 'records':
        return compact ? 'r.compactBytes()' : 'r.bytes()';
      default:
        return `r.${name}()`;
    }
  }

  // --- tagged fields ------------------------------------------------------------------

  private taggedFields(s: StructDef, k: Range): FieldDef[] {
    return s.fields
      .filter((f) => f.tagged !== null && intersect(f.tagged, k) !== null)
      .sort((a, b) => a.tag! - b.tag!);
  }

  private writeTaggedSection(s: StructDef, k: Range): string[] {
    const tagged = this.taggedFields(s, k);
    if (tagged.length === 0) return ['w.uvarint(0);'];
    const out: string[] = ['let tagCount = 0;'];
    for (const f of tagged) {
      const x = `tag_${f.prop}`;
      const c = rangeCond(f.tagged, k);
      const parts: string[] = [];
      if (c !== true) parts.push(c as string);
      parts.push(this.differsFromDefault(f, x));
      out.push(`const ${x} = m.${f.prop};`);
      out.push(`const has_${f.prop} = ${parts.join(' && ')};`);
      out.push(`if (has_${f.prop}) tagCount++;`);
    }
    out.push('w.uvarint(tagCount);');
    for (const f of tagged) {
      const x = `tag_${f.prop}`;
      const kt = intersect(f.tagged, k)!;
      const t = f.type;
      const fixed = t.kind === 'primitive' ? FIXED_SIZE[t.name] : undefined;
      out.push(`if (has_${f.prop}) {`);
      if (fixed !== undefined) {
        out.push(
          ...indent([
            `w.uvarint(${f.tag}).uvarint(${fixed});`,
            ...this.writeValue(s, f, t, x, kt, 'w', f.nullable),
          ]),
        );
      } else {
        this.needsWriterValue = true;
        out.push(
          ...indent([
            'const tw = new Writer(64);',
            ...this.writeValue(s, f, t, x, kt, 'tw', f.nullable),
            'const tb = tw.toBuffer();',
            `w.uvarint(${f.tag}).uvarint(tb.length).raw(tb);`,
          ]),
        );
      }
      out.push('}');
    }
    return out;
  }

  private readTaggedSection(s: StructDef, k: Range): string[] {
    const tagged = this.taggedFields(s, k);
    if (tagged.length === 0) return ['r.taggedFields();'];
    this.runtime.add('taggedFieldEnd');
    this.runtime.add('taggedFieldSizeMismatch');
    const out: string[] = [
      'for (let i = 0, n = r.uvarint(); i < n; i++) {',
      '  const tag = r.uvarint();',
      '  const end = taggedFieldEnd(r);',
    ];
    let first = true;
    for (const f of tagged) {
      const kt = intersect(f.tagged, k)!;
      const c = rangeCond(f.tagged, k);
      const test = c === true ? `tag === ${f.tag}` : `tag === ${f.tag} && ${c}`;
      out.push(`  ${first ? 'if' : 'else if'} (${test}) m.${f.prop} = ${this.readValue(s, f, f.type, kt, f.nullable)};`);
      first = false;
    }
    out.push('  else r.offset = end;');
    out.push(`  if (r.offset !== end) throw taggedFieldSizeMismatch(r, end, tag, '${s.tsName}');`);
    out.push('}');
    return out;
  }

  // --- defaults -----------------------------------------------------------------------

  /** The default of `f` as an expression (arrays and structs are fresh objects each time). */
  private defaultExpr(f: FieldDef): string {
    const d = f.defaultValue;
    switch (d.kind) {
      case 'number':
        return numberLiteral(d.value);
      case 'bool':
        return String(d.value);
      case 'string':
        if (f.type.kind === 'primitive' && f.type.name === 'uuid' && d.value === 'AAAAAAAAAAAAAAAAAAAAAA') {
          this.runtime.add('ZERO_UUID');
          return 'ZERO_UUID';
        }
        return quote(d.value);
      case 'null':
        return 'null';
      case 'emptyArray':
        return '[]';
      case 'emptyBytes':
        this.runtime.add('EMPTY_BYTES');
        return 'EMPTY_BYTES';
      case 'struct': {
        const st = (f.type as Extract<FieldType, { kind: 'struct' }>).struct;
        this.defaultFns.add(st);
        return `default${st.tsName}()`;
      }
    }
  }

  private defaultFunction(s: StructDef): string[] {
    const props = s.fields.map((f) => `${f.prop}: ${this.defaultExpr(f)},`);
    return [
      `function default${s.tsName}(): ${s.tsName} {`,
      '  return {',
      ...indent(props, '    '),
      '  };',
      '}',
      '',
    ];
  }

  /** True when the (possibly undefined) value `x` of tagged field `f` must be written. */
  private differsFromDefault(f: FieldDef, x: string): string {
    const d = f.defaultValue;
    switch (d.kind) {
      case 'number':
      case 'bool':
      case 'string':
        return `${x} !== undefined && ${x} !== ${this.defaultExpr(f)}`;
      case 'null':
        return `${x} !== undefined && ${x} !== null`;
      case 'emptyArray':
      case 'emptyBytes':
        return f.everNullable
          ? `${x} !== undefined && (${x} === null || ${x}.length !== 0)`
          : `${x} !== undefined && ${x}.length !== 0`;
      case 'struct': {
        const st = (f.type as Extract<FieldType, { kind: 'struct' }>).struct;
        this.isDefaultFns.add(st);
        return f.everNullable
          ? `${x} !== undefined && (${x} === null || !isDefault${st.tsName}(${x}))`
          : `${x} !== undefined && !isDefault${st.tsName}(${x})`;
      }
    }
  }

  private isDefaultFunction(s: StructDef): string[] {
    const terms = s.fields.map((f) => {
      const e = `x.${f.prop}`;
      const core = this.equalsDefault(f, e);
      return f.required ? core : `(${e} === undefined || ${core})`;
    });
    const body = terms.length === 0 ? ['return true;'] : ['return (', ...indent(terms.map((t, i) => (i < terms.length - 1 ? `${t} &&` : t))), ');'];
    return [
      `function isDefault${s.tsName}(${terms.length === 0 ? '_x' : 'x'}: ${s.tsName}): boolean {`,
      ...indent(body),
      '}',
      '',
    ];
  }

  private equalsDefault(f: FieldDef, e: string): string {
    const d = f.defaultValue;
    switch (d.kind) {
      case 'number':
      case 'bool':
      case 'string':
        return `${e} === ${this.defaultExpr(f)}`;
      case 'null':
        return `${e} === null`;
      case 'emptyArray':
      case 'emptyBytes':
        return f.everNullable ? `(${e} !== null && ${e}.length === 0)` : `${e}.length === 0`;
      case 'struct': {
        const st = (f.type as Extract<FieldType, { kind: 'struct' }>).struct;
        this.isDefaultFns.add(st);
        return f.everNullable ? `(${e} !== null && isDefault${st.tsName}(${e}))` : `isDefault${st.tsName}(${e})`;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// Helpers

/** Versions in which `f` is a regular (untagged) field. Tagged versions are open-ended, so
 * this is the part of `f.versions` before them. */
function regularRange(f: FieldDef): Range | null {
  if (f.tagged === null) return f.versions;
  if (f.tagged.lo <= f.versions.lo) return null;
  return { lo: f.versions.lo, hi: f.tagged.lo - 1 };
}

function hasBytes(s: StructDef, seen: Set<StructDef>): boolean {
  if (seen.has(s)) return false;
  seen.add(s);
  for (const f of s.fields) {
    let t = f.type;
    while (t.kind === 'array') t = t.element;
    if (t.kind === 'primitive' && (t.name === 'bytes' || t.name === 'records')) return true;
    if (t.kind === 'struct' && hasBytes(t.struct, seen)) return true;
  }
  return false;
}

function primitiveTsType(name: string): string {
  switch (name) {
    case 'bool':
      return 'boolean';
    case 'string':
    case 'uuid':
      return 'string';
    case 'bytes':
    case 'records':
      return 'Buffer';
    default:
      return 'number';
  }
}

function elementTsType(t: FieldType): string {
  if (t.kind === 'primitive') return primitiveTsType(t.name);
  if (t.kind === 'struct') return t.struct.tsName;
  return `${elementTsType(t.element)}[]`;
}

function tsType(f: FieldDef): string {
  const base = f.type.kind === 'array' ? `${elementTsType(f.type.element)}[]` : elementTsType(f.type);
  return f.everNullable ? `${base} | null` : base;
}

function numberLiteral(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function isPlainDefault(d: DefaultValue, f: FieldDef): boolean {
  switch (d.kind) {
    case 'number':
      return d.value === 0;
    case 'bool':
      return !d.value;
    case 'string':
      return d.value === '' || (f.type.kind === 'primitive' && f.type.name === 'uuid' && d.value === 'AAAAAAAAAAAAAAAAAAAAAA');
    case 'null':
      return f.type.kind === 'primitive' && f.type.name === 'records';
    default:
      return true;
  }
}

/** The trailing comment of an interface member: versions, nullability, tag, default. */
function fieldNote(f: FieldDef, s: StructDef): string {
  const parts: string[] = [];
  if (!covers(f.versions, s.context)) parts.push(formatRange(f.versions, s.context.hi));
  if (f.nullable) {
    parts.push(covers(f.nullable, f.versions) ? 'nullable' : `nullable ${formatRange(f.nullable, f.versions.hi)}`);
  }
  if (f.tagged) {
    const whole = covers(f.tagged, f.versions);
    parts.push(whole ? `tag ${f.tag}` : `tag ${f.tag} from v${f.tagged.lo}`);
  }
  const d = f.defaultValue;
  if (!isPlainDefault(d, f)) {
    if (d.kind === 'number') parts.push(`default ${numberLiteral(d.value)}`);
    else if (d.kind === 'bool') parts.push(`default ${d.value}`);
    else if (d.kind === 'string') parts.push(`default ${quote(d.value)}`);
    else if (d.kind === 'null') parts.push('default null');
  }
  return parts.join(', ');
}

/** Where a struct is used: "An entry of `FetchResponse.responses`", "`X.currentLeader` (tagged)". */
function structDoc(m: MessageDef, s: StructDef): string {
  const uses: string[] = [];
  for (const parent of m.structs) {
    for (const f of parent.fields) {
      const t = f.type;
      if (t.kind === 'struct' && t.struct === s) uses.push(`\`${parent.tsName}.${f.prop}\`${f.tagged ? ', tagged' : ''}`);
      if (t.kind === 'array' && t.element.kind === 'struct' && t.element.struct === s) {
        uses.push(`an entry of \`${parent.tsName}.${f.prop}\`${f.tagged ? ', tagged' : ''}`);
      }
    }
  }
  const where = s.context.lo === m.valid.lo && s.context.hi === m.valid.hi ? '' : `, ${formatRange(s.context, m.valid.hi)}`;
  const text = uses.length === 0 ? `Part of ${m.name}` : uses.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} (JSON \`${s.jsonName}\`${where}).`;
}

function grammar(m: MessageDef): string {
  const versions = m.valid.lo === m.valid.hi ? `v${m.valid.lo} only` : `v${m.valid.lo}-v${m.valid.hi}`;
  const flex = m.flexible
    ? m.flexible.lo === m.valid.lo
      ? 'flexible in all versions'
      : `flexible from v${m.flexible.lo}`
    : 'never flexible';
  const unstable = m.latestVersionUnstable ? `; v${m.valid.hi} is unstable (still being designed)` : '';
  return `${versions}, ${flex}${unstable}`;
}

function fileHeader(m: MessageDef): string[] {
  const source = m.group === 'internal' ? `internal/${m.file}` : m.file;
  const lines = [
    `// Generated from Kafka's ${source} by packages/protocol/src/codegen. Do not edit:`,
    '// change the generator or the definitions and run `npm run generate`.',
    '',
    '/**',
  ];
  for (const l of wrap(describeMessage(m), 94)) lines.push(` * ${l}`);
  lines.push(' */');
  lines.push(`// ${grammar(m)}`);
  lines.push('');
  return lines;
}

function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line.length > 0 ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

// ---------------------------------------------------------------------------------------
// Whole output

export interface GeneratedFile {
  /** Path relative to src/generated, with forward slashes. */
  readonly path: string;
  readonly content: string;
}

export function messageFileName(m: MessageDef): string {
  return (m.group === 'internal' ? 'internal/' : '') + kebabCase(m.name) + '.ts';
}

export function generateMessage(m: MessageDef): string {
  return new MessageEmitter(m).emit();
}

/** Generates every message file and the index, sorted by path. */
export function generateAll(messages: MessageDef[]): GeneratedFile[] {
  checkNames(messages);
  const files: GeneratedFile[] = messages.map((m) => ({ path: messageFileName(m), content: generateMessage(m) }));
  files.push({ path: 'index.ts', content: generateIndex(messages) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every exported name must be unique, since the index re-exports all files. */
function checkNames(messages: MessageDef[]): void {
  const owner = new Map<string, string>();
  const reserved = ['ApiKey', 'apis', 'ApiInfo', 'Codec', 'Encodable', 'UnsupportedVersionError', 'ProtocolEncodeError'];
  for (const r of reserved) owner.set(r, 'index');
  for (const m of messages) {
    for (const s of m.structs) {
      const prev = owner.get(s.tsName);
      if (prev !== undefined) throw new Error(`name ${s.tsName} is exported by both ${prev} and ${m.file}`);
      owner.set(s.tsName, m.file);
    }
  }
}

function generateIndex(messages: MessageDef[]): string {
  const sorted = [...messages].sort((a, b) => (messageFileName(a) < messageFileName(b) ? -1 : 1));
  const lines = [
    '// Generated by packages/protocol/src/codegen. Do not edit: run `npm run generate`.',
    '',
    '/**',
    ' * Every generated message codec, the API keys, and a registry pairing each API\'s request',
    ' * and response codecs with the versions they support.',
    ' */',
    '',
  ];
  for (const m of sorted) lines.push(`export * from './${messageFileName(m).replace(/\.ts$/, '.js')}';`);
  lines.push(
    "export { ProtocolEncodeError, UnsupportedVersionError, type Codec, type Encodable } from '../codegen/runtime.js';",
    '',
  );

  // pair requests and responses by API key
  const requests = messages.filter((m) => m.kind === 'request').sort((a, b) => a.apiKey! - b.apiKey!);
  const responses = new Map(messages.filter((m) => m.kind === 'response').map((m) => [m.apiKey!, m]));
  for (const req of requests) {
    const res = responses.get(req.apiKey!);
    if (!res) throw new Error(`${req.file}: no response for API key ${req.apiKey}`);
    if (res.valid.lo !== req.valid.lo || res.valid.hi !== req.valid.hi) {
      throw new Error(`${req.file}: request and response versions differ`);
    }
    if ((res.flexible?.lo ?? null) !== (req.flexible?.lo ?? null)) {
      throw new Error(`${req.file}: request and response flexible versions differ`);
    }
  }
  const importLines: string[] = [];
  for (const req of requests) {
    const res = responses.get(req.apiKey!)!;
    importLines.push(`import { ${req.name} } from './${kebabCase(req.name)}.js';`);
    importLines.push(`import { ${res.name} } from './${kebabCase(res.name)}.js';`);
  }
  lines.push(...importLines.sort());
  lines.push("import type { Codec } from '../codegen/runtime.js';", '');

  lines.push('/** API keys by name, as Kafka names the APIs (`ApiKey.Produce === 0`). */');
  lines.push('export const ApiKey = {');
  for (const req of requests) lines.push(`  ${apiName(req)}: ${req.apiKey},`);
  lines.push('} as const;');
  lines.push('export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];', '');

  lines.push(
    '/** One API: its name and key, the versions both codecs support, and the codecs. */',
    'export interface ApiInfo {',
    '  readonly name: string;',
    '  readonly key: number;',
    '  readonly minVersion: number;',
    '  readonly maxVersion: number;',
    '  /** First version using flexible encodings (compact fields, tagged fields, header v2/v1). */',
    '  readonly flexibleFrom: number | null;',
    '  /** True when Kafka marks the newest version as unstable (not to be advertised). */',
    '  readonly latestVersionUnstable: boolean;',
    '  /** Listener types that serve the API in Kafka: `broker`, `controller`, `zkBroker`. */',
    '  readonly listeners: readonly string[];',
    '  readonly request: Codec<any>;',
    '  readonly response: Codec<any>;',
    '}',
    '',
    '/** Every API, by key. */',
    'export const apis: ReadonlyMap<number, ApiInfo> = new Map<number, ApiInfo>([',
  );
  for (const req of requests) {
    const res = responses.get(req.apiKey!)!;
    lines.push(
      `  [${req.apiKey}, { name: '${apiName(req)}', key: ${req.apiKey}, minVersion: ${req.valid.lo}, maxVersion: ${req.valid.hi}, flexibleFrom: ${req.flexible ? req.flexible.lo : 'null'}, latestVersionUnstable: ${req.latestVersionUnstable || res.latestVersionUnstable}, listeners: [${req.listeners.map((l) => `'${l}'`).join(', ')}], request: ${req.name}, response: ${res.name} }],`,
    );
  }
  lines.push(']);', '');
  return lines.join('\n');
}
