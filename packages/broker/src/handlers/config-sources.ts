/** DescribeConfigs config source codes (v1+), and the v0 "is default" view of them. */
export const ConfigSource = {
  UNKNOWN: 0,
  DYNAMIC_TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
  DYNAMIC_BROKER_LOGGER_CONFIG: 6,
} as const;

export function configSourceCode(source: 'topic' | 'broker' | 'default'): number {
  switch (source) {
    case 'topic':
      return ConfigSource.DYNAMIC_TOPIC_CONFIG;
    case 'broker':
      return ConfigSource.STATIC_BROKER_CONFIG;
    default:
      return ConfigSource.DEFAULT_CONFIG;
  }
}
