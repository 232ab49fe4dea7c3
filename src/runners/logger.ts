// The runners report progress through this interface so they never import @actions/core: the action passes
// { info: core.info, warning: core.warning, debug: core.debug, group: core.group }, the CLI and tests use
// consoleLogger or a recording logger.

export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Runs fn inside a collapsible log group (core.group in Actions). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export const consoleLogger: Logger = {
  info: message => console.log(message),
  warning: message => console.warn(`warning: ${message}`),
  debug: message => {
    if (process.env.GLIBC_FLOOR_DEBUG) console.log(`debug: ${message}`)
  },
  async group(name, fn) {
    console.log(`== ${name}`)
    return fn()
  }
}

export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: (_name, fn) => fn()
}
