/**
 * Typed configuration definitions shared by broker and topic configs: parsing a string value
 * into its type, validating it, and rendering it back the way Kafka prints it.
 */

export type ConfigType = 'boolean' | 'int' | 'long' | 'double' | 'string' | 'list' | 'password' | 'class';

/** Kafka's DescribeConfigs config type codes (v3+). */
export const CONFIG_TYPE_CODE: Record<ConfigType, number> = {
  boolean: 1,
  string: 2,
  int: 3,
  // Kafka has SHORT = 4
  long: 5,
  double: 6,
  list: 7,
  class: 8,
  password: 9,
};

export type ConfigValue = boolean | number | string | string[] | null;

export interface ConfigDef {
  name: string;
  type: ConfigType;
  /** The default, as Kafka prints it; null when there is none. */
  default: string | null;
  /** Our own one-line description. */
  doc: string;
  /** Extra validation of the parsed value; returns an error message or null. */
  validate?: (value: ConfigValue) => string | null;
  /**
   * 'active' configs change Samsa's behaviour; 'compat' ones are accepted so that a Kafka
   * server.properties runs unchanged, but have no effect (a thread count, say).
   */
  support?: 'active' | 'compat';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
/** Java's Long.MAX_VALUE does not fit a double exactly; any value this large means "never". */
export const LONG_MAX = Number.MAX_SAFE_INTEGER;

export function parseValue(def: ConfigDef, raw: string | null): ConfigValue {
  if (raw === null) return null;
  const text = raw.trim();
  switch (def.type) {
    case 'boolean':
      if (text.toLowerCase() === 'true') return true;
      if (text.toLowerCase() === 'false') return false;
      throw new ConfigError(`${def.name}: expected true or false, got "${raw}"`);
    case 'int':
    case 'long': {
      if (!/^[+-]?\d+$/.test(text)) throw new ConfigError(`${def.name}: expected an integer, got "${raw}"`);
      let n = Number(text);
      if (def.type === 'int' && (n < INT_MIN || n > INT_MAX)) {
        throw new ConfigError(`${def.name}: ${raw} is out of the int range`);
      }
      if (def.type === 'long' && (n > LONG_MAX || n < -LONG_MAX)) {
        // Kafka configs use Long.MAX_VALUE as "unbounded"; clamp it to the largest exact number
        if (n > 0) n = LONG_MAX;
        else throw new ConfigError(`${def.name}: ${raw} is out of range`);
      }
      return n;
    }
    case 'double': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw new ConfigError(`${def.name}: expected a number, got "${raw}"`);
      return n;
    }
    case 'list':
      return text === '' ? [] : text.split(',').map((s) => s.trim());
    default:
      return text;
  }
}

/** Parses and validates; throws ConfigError with a message naming the key. */
export function parseAndValidate(def: ConfigDef, raw: string | null): ConfigValue {
  const value = parseValue(def, raw);
  const problem = def.validate?.(value) ?? null;
  if (problem !== null) throw new ConfigError(`${def.name}: ${problem} (got "${raw}")`);
  return value;
}

/** How Kafka prints a value in DescribeConfigs. */
export function renderValue(value: ConfigValue): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'number' && value === LONG_MAX) return '9223372036854775807';
  return String(value);
}

// Small validators, composable in definition tables.
export const atLeast =
  (min: number) =>
  (v: ConfigValue): string | null =>
    typeof v === 'number' && v < min ? `must be at least ${min}` : null;

export const between =
  (min: number, max: number) =>
  (v: ConfigValue): string | null =>
    typeof v === 'number' && (v < min || v > max) ? `must be between ${min} and ${max}` : null;

export const oneOf =
  (...allowed: string[]) =>
  (v: ConfigValue): string | null => {
    const values = Array.isArray(v) ? v : [v];
    const bad = values.find((x) => typeof x !== 'string' || !allowed.includes(x));
    return bad === undefined ? null : `must be one of ${allowed.join(', ')}`;
  };
