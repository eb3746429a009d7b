/**
 * Builds one after another: a change that comes during a build starts exactly one more build
 * once it ends, however many changes came meanwhile.
 */
export class Rebuilder {
  private running: Promise<void> | undefined;
  private again = false;
  private readonly build: () => Promise<void>;

  constructor(build: () => Promise<void>) {
    this.build = build;
  }

  /** Ask for a build; resolves once the builds this request caused have ended. */
  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.build();
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
