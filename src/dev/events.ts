import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the dev client is told: the version of the site being served and the last build's errors. */
export interface DevState {
  /** Changes with every successful build. */
  version: number;
  /** `file:line: message` lines of the last build, empty when it succeeded. */
  errors: string[];
}

/** Server-sent events to every open page: the current state on connecting, then after every build. */
export class DevEvents {
  private readonly clients = new Set<ServerResponse>();
  private state: DevState = { version: 0, errors: [] };

  /** Answer `GET /__xuexi_dev/events`. */
  attach(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 500\n\n`);
    this.write(res);
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  /** Tell every page the new state. */
  publish(state: DevState): void {
    this.state = state;
    for (const res of this.clients) this.write(res);
  }

  /** Close every stream (the server is stopping). */
  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(res: ServerResponse): void {
    res.write(`event: state\ndata: ${JSON.stringify(this.state)}\n\n`);
  }
}
