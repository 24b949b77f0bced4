import { connect } from 'node:net';

/** True when something accepts TCP connections on host:port. */
export function isPortInUse(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/**
 * Fails before launching when another process (another checkout's broker, say) holds a port:
 * our broker would die on bind, and meanwhile the readiness probe would be answered by the other one.
 */
export async function requireFreePorts(host: string, ports: readonly number[]): Promise<void> {
  for (const port of ports) {
    if (await isPortInUse(host, port)) {
      throw new Error(
        `${host}:${port} is already in use by another process: stop it, choose other ports with ` +
          'KAFKA_PORT and KAFKA_CONTROLLER_PORT, or set KAFKA_BROKERS=host:port to use a running broker',
      );
    }
  }
}
