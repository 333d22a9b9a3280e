/**
 * The HTTP server's defaults, in one place (a module of its own, so that the CLI reads them
 * without loading Fastify).
 */
export const SERVER_DEFAULTS = Object.freeze({
  port: 4321,
  host: '127.0.0.1',
  /** Largest uploaded file, in bytes (uploads stream to disk: this bounds the disk, not the memory). */
  maxUploadBytes: 2 * 1024 ** 3,
  /** Files in one upload. */
  maxUploadFiles: 20,
  /** Largest JSON body. */
  bodyLimit: 1024 ** 2,
});
