export { Broker, type Endpoint } from './broker.js';
export { BrokerConfig, loadBrokerConfig, BROKER_CONFIGS, parseListener, type Listener } from './config/broker-config.js';
export { ConfigError } from './config/config-def.js';
export { TOPIC_CONFIGS } from './config/topic-config.js';
export { createLogger } from './logger.js';
export { RequestDispatcher, ProtocolViolation } from './network/request-dispatcher.js';
