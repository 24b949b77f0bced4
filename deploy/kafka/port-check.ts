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

/**
 * The first of `count` consecutive ports free on `host`, for a throw-away cluster whose nodes
 * take the ports after a first one (tests). Tried from random bases between 20000 and 40000.
 */
export async function findFreePortRange(host: string, count: number, attempts = 50): Promise<number> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const ports = Array.from({ length: count }, (_, index) => base + index);
    const inUse = await Promise.all(ports.map((port) => isPortInUse(host, port, 200)));
    if (inUse.every((used) => !used)) return base;
  }
  throw new Error(`no ${count} consecutive free ports found on ${host} in ${attempts} attempts`);
}
