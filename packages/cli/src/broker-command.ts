/**
 * `samsa broker [server.properties] [--override key=value]...`: runs one broker in the
 * foreground, like kafka-server-start.sh. SIGTERM or SIGINT shut it down cleanly (listeners
 * closed, logs flushed, checkpoints and the clean-shutdown marker written).
 */
import { Broker, ConfigError, createLogger, loadBrokerConfig } from '@samsa/broker';

export async function runBroker(configFile: string | undefined, overrides: string[]): Promise<void> {
  let config;
  try {
    config = loadBrokerConfig(configFile ?? null, overrides);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`samsa broker: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  let broker: Broker;
  try {
    broker = await Broker.start(config, logger);
  } catch (e) {
    logger.fatal({ err: e }, 'broker failed to start');
    process.stderr.write(`samsa broker: failed to start: ${(e as Error).message}\n`);
    process.exit(1);
  }
  let signals = 0;
  const stop = (signal: string): void => {
    signals++;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting without a clean shutdown');
      process.exit(130);
    }
    logger.info({ signal }, 'signal received');
    broker.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.fatal({ err }, 'clean shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
